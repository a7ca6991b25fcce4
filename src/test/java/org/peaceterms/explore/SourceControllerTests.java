package org.peaceterms.explore;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.peaceterms.DownloadContract;
import org.peaceterms.DownloadContract.Table;
import org.peaceterms.source.Reliability;
import org.peaceterms.source.Source;
import org.peaceterms.source.SourceKind;
import org.peaceterms.source.SourceRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.annotation.Transactional;

/**
 * The source list with what cites each source, and a source's page with the facts that
 * cite it, on the shipped data and as of a date.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SourceControllerTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private SourceRepository sources;

	@Test
	void listShowsEverySourceWithKindReliabilityAndCounts() {
		assertThat(this.mvc.get().uri("/sources")).hasStatusOk()
			.hasViewName("explore/sources")
			.bodyText()
			.contains("5 sources, newest first.")
			.contains("The War Zone")
			.contains("RksNews")
			.contains("Outlet not named")
			.contains("Established outlet")
			.contains("Secondary")
			.containsPattern("\\d+ statements")
			.containsPattern("\\d+ provisions");
	}

	@Test
	void sourcePageListsWhatCitesIt() {
		assertThat(this.mvc.get().uri("/sources/warzone-2025-02-17-europe-troops")).hasStatusOk()
			.hasViewName("explore/source")
			.bodyText()
			.contains("European leaders meet in Paris over sending troops to back a Ukraine peace deal")
			.contains("still a long way off")
			.contains("Not now")
			.contains("upwards of 30,000")
			.contains("Paris meeting of European leaders on troops for Ukraine")
			.contains("Chancellor of Germany");
	}

	@Test
	void asOfHidesSourcesPublishedLater() {
		assertThat(this.mvc.get().uri("/sources?asOf=2025-03-01")).hasStatusOk()
			.bodyText()
			.contains("2 sources, newest first.")
			.doesNotContain("RksNews");
		assertThat(this.mvc.get().uri("/sources/rksnews-2025-09-01-peacekeeping-mission-plans?asOf=2025-03-01"))
			.hasStatus(404);
	}

	@Test
	void sourcePageStatementsArePagedWithTheSharedPager() {
		assertThat(this.mvc.get().uri("/sources/warzone-2025-02-17-europe-troops")).hasStatusOk()
			.bodyText()
			.contains("Showing 1\u201325 of ")
			.contains("href=\"/sources/warzone-2025-02-17-europe-troops?page=2#statements-heading\"");
		assertThat(this.mvc.get().uri("/sources/warzone-2025-02-17-europe-troops?page=9")).hasStatusOk()
			.bodyText()
			.contains("There is no page 9: the list ends on page 2.")
			.contains("href=\"/sources/warzone-2025-02-17-europe-troops?page=2#statements-heading\"");
		assertThat(this.mvc.get().uri("/sources/warzone-2025-02-17-europe-troops?page=two")).hasStatus(400);
	}

	@Test
	@Transactional
	void listShowsFiftySourcesAPageNewestFirstKeepingTheKindFilterWhileDownloadsHoldThemAll() {
		for (int day = 1; day <= 60; day++) {
			this.sources.save(new Source("paging-" + day, "Paging Outlet", "Paging source " + day, null,
					LocalDate.of(2020, 1, 1).plusDays(day), SourceKind.REPORT, Reliability.SECONDARY));
		}
		assertThat(this.mvc.get().uri("/sources?kind=REPORT")).hasStatusOk()
			.bodyText()
			.containsPattern("Showing 1\u201350 of \\d+")
			.contains(">Paging source 60<")
			.doesNotContain(">Paging source 1<")
			.contains("href=\"/sources?kind=REPORT&amp;page=2#sources-list\"");
		assertThat(this.mvc.get().uri("/sources?kind=REPORT&page=2")).hasStatusOk()
			.bodyText()
			.containsPattern("Showing 51\u2013\\d+ of \\d+")
			.contains(">Paging source 1<")
			.doesNotContain(">Paging source 60<")
			.doesNotContain("RksNews")
			.contains("href=\"/sources?kind=REPORT&amp;page=1#sources-list\"");
		// The downloads hold every source the list finds, not only a page of them.
		assertThat(this.mvc.get().uri("/sources.csv?kind=REPORT")).hasStatusOk()
			.bodyText()
			.contains("paging-1,")
			.contains("paging-60,")
			.doesNotContain("RksNews");
	}

	@Test
	@Transactional
	void csvDownloadStreamsEverySourceOverSeveralChunksInTheListsOrderWithTheSameCountsAsTheJson() throws Exception {
		int added = 2 * SourceController.CSV_CHUNK + 345;
		List<Source> many = new ArrayList<>(added);
		for (int n = 1; n <= added; n++) {
			// Three sources a day, some without an outlet: the slug breaks the ties.
			// Every
			// 500th title looks like a spreadsheet formula.
			String title = ((n % 500 == 0) ? "=HYPERLINK(\"https://example.org\") " : "Chunked source ") + n;
			many.add(new Source("chunked-" + n, (n % 7 == 0) ? null : "Outlet " + (n % 13), title, null,
					LocalDate.of(2021, 1, 1).plusDays(n / 3), SourceKind.REPORT, Reliability.SECONDARY));
		}
		this.sources.saveAll(many);
		for (String query : List.of("", "sort=title", "sort=outlet&asOf=2025-03-01", "kind=REPORT&sort=date")) {
			Table csv = DownloadContract.csv(this.mvc, "/sources", query);
			String json = DownloadContract.json(this.mvc, "/sources", query, csv.header());
			List<Map<String, Object>> rows = JsonPath.read(json, "$.rows");
			assertThat(csv.records()).as(query).hasSize(rows.size()).hasSizeGreaterThan(2 * SourceController.CSV_CHUNK);
			assertThat(csv.column("slug")).as(query)
				.doesNotHaveDuplicates()
				.containsExactlyElementsOf(rows.stream().map((row) -> (String) row.get("slug")).toList());
			for (String kind : SourceController.KINDS) {
				assertThat(csv.column(kind)).as("%s %s", query, kind)
					.containsExactlyElementsOf(rows.stream().map((row) -> String.valueOf(row.get(kind))).toList());
			}
		}
		Table all = DownloadContract.csv(this.mvc, "/sources", "");
		assertThat(all.records()).hasSize(added + 5);
		assertThat(all.column("sourceTitle")).as("formula guard in every chunk")
			.noneMatch((title) -> title.startsWith("="))
			.filteredOn((title) -> title.startsWith("'=HYPERLINK("))
			.hasSize(added / 500);
		assertThat(all.column("statements")).as("the shipped sources' statements are counted")
			.anySatisfy((count) -> assertThat(Long.parseLong(count)).isPositive());
	}

	@Test
	void listPagesBeyondTheEndSayWhereTheListEndsAndABadPageIsABadRequest() {
		assertThat(this.mvc.get().uri("/sources?page=2")).hasStatusOk()
			.bodyText()
			.contains("There is no page 2: the list ends on page 1.")
			.contains("href=\"/sources?page=1#sources-list\"");
		assertThat(this.mvc.get().uri("/sources?page=zero")).hasStatus(400);
		assertThat(this.mvc.get().uri("/sources?page=0")).hasStatus(400);
	}

	@Test
	void unknownSourceIsNotFound() {
		assertThat(this.mvc.get().uri("/sources/daily-planet")).hasStatus(404);
	}

}
