package org.peaceterms.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Issue 12 on the shipped data: the overview's headline numbers, short citations, the
 * charts as SVG files, "Cite this view" and downloads on every kind of page, and the
 * filters and orders of the sources and events lists.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DashboardAndViewsTests {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void overviewLeadsWithTheNumbersAnAnalystWantsFirst() {
		assertThat(this.mvc.get().uri("/")).hasStatusOk()
			.bodyText()
			.contains("Latest fact on record:")
			.contains("proposals tracked")
			.contains("countries willing to send troops")
			.contains("France, United Kingdom")
			.contains("say not now")
			.contains("rule it out")
			.contains("100,000–150,000")
			.contains("Cite this view")
			.contains("href=\"/stances.csv\"");
	}

	@Test
	void citationsAreShortAndLinkToTheSourcePage() {
		assertThat(this.mvc.get().uri("/")).hasStatusOk()
			.bodyText()
			.contains("<a class=\"cite-ref\" href=\"/sources/")
			.doesNotContain(
					">Berlin talks of 14-15 December and the European six-point statement on security guarantees for Ukraine<");
	}

	@Test
	void chartsDownloadAsSvgFiles() {
		assertThat(this.mvc.get().uri("/stances.svg")).hasStatusOk()
			.hasContentType("image/svg+xml;charset=UTF-8")
			.bodyText()
			.startsWith("<svg")
			.contains("<pattern id=\"pat-0\"")
			.contains("Germany")
			.doesNotContain("th:");
		assertThat(this.mvc.get().uri("/commitments.svg?chart=0")).hasStatusOk()
			.hasContentType("image/svg+xml;charset=UTF-8")
			.bodyText()
			.startsWith("<svg")
			.contains("100,000–150,000");
		assertThat(this.mvc.get().uri("/commitments.svg?chart=99")).hasStatus(404);
		assertThat(this.mvc.get().uri("/commitments.svg?chart=x")).hasStatus(400);
	}

	@Test
	void commitmentsShowMoneyAsWellAsTroopsInAKeyboardReachableRegion() {
		assertThat(this.mvc.get().uri("/commitments")).hasStatusOk()
			.bodyText()
			.contains("Money (GBP)")
			.contains("3,000,000,000")
			.containsPattern(
					"class=\"chart-scroll chart-wide\" tabindex=\"0\" role=\"region\" aria-label=\"Troops: bar chart");
	}

	@Test
	void stancesChartHasASkipLinkPastItsMarks() {
		assertThat(this.mvc.get().uri("/stances")).hasStatusOk()
			.bodyText()
			.contains("href=\"#after-chart\"")
			.contains("id=\"after-chart\"")
			.contains("vtimeline");
	}

	@Test
	void recordPagesAndListsOfferDownloadsAndCiteThisView() {
		for (String url : new String[] { "/actors/germany", "/proposals/european-statement-2025-12-15",
				"/topics/territory", "/sources/warzone-2025-02-17-europe-troops", "/events", "/actors", "/sources",
				"/topics", "/proposals", "/statements", "/commitments" }) {
			assertThat(this.mvc.get().uri(url)).as(url)
				.hasStatusOk()
				.bodyText()
				.contains("Cite this view")
				.contains(">JSON<");
		}
		assertThat(this.mvc.get().uri("/actors/germany")).hasStatusOk()
			.bodyText()
			.contains("href=\"/api/v1/actors/germany\"")
			.contains("href=\"/statements.csv?country=germany\"");
	}

	@Test
	void sourcesFilterByKindAndSortByTitle() {
		assertThat(this.mvc.get().uri("/sources?sort=title")).hasStatusOk()
			.bodyText()
			.contains("by title, A to Z")
			.containsPattern("(?s)Berlin talks of 14-15.*Europe Advances Plans");
		assertThat(this.mvc.get().uri("/sources?kind=OFFICIAL_TEXT")).hasStatusOk()
			.bodyText()
			.doesNotContain("Europe Advances Plans for Peacekeeping Mission");
		assertThat(this.mvc.get().uri("/sources?sort=nonsense")).hasStatus(400);
		assertThat(this.mvc.get().uri("/sources.csv?sort=title")).hasStatusOk();
	}

	@Test
	void eventsFilterByKind() {
		assertThat(this.mvc.get().uri("/events?kind=PHONE_CALL")).hasStatusOk()
			.bodyText()
			.contains("phone call with Putin")
			.doesNotContain("Launch of the International Claims Commission");
		assertThat(this.mvc.get().uri("/events?kind=BANQUET")).hasStatus(400);
	}

}
