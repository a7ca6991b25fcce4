package org.peaceterms.explore;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.peaceterms.DownloadContract;
import org.peaceterms.DownloadContract.Table;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Every list page's CSV and JSON downloads on the shipped data: the documented columns,
 * citation columns filled in every row, the page's filters and as-of date respected, and
 * the links on the page itself.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DownloadTests {

	private static final List<String> CITATION = List.of("sourceOutlet", "sourceTitle", "sourcePublishedOn",
			"sourceUrl");

	private static final List<String> CITATIONS = List.of("sourceOutlets", "sourceTitles", "sourcePublishedOn",
			"sourceUrls");

	@Autowired
	private MockMvcTester mvc;

	@Test
	void statementsWithTheirFiltersAndCitations() throws Exception {
		Table all = DownloadContract.csv(this.mvc, "/statements", "");
		assertThat(all.header()).containsExactly("id", "saidOn", "dateEdtf", "dateEarliest", "dateLatest", "speaker",
				"speakerSlug", "onBehalfOf", "onBehalfOfSlug", "text", "attribution", "accordingTo", "rendered",
				"topics", "event", "context", "excerpt", "confidence", "sourceOutlet", "sourceTitle",
				"sourcePublishedOn", "sourceUrl", "link");
		assertThat(all.records()).hasSizeGreaterThan(20);
		assertThat(all.column("sourceTitle")).allSatisfy((title) -> assertThat(title).isNotBlank());
		Table germany = DownloadContract.csv(this.mvc, "/statements",
				"country=germany&topic=multinational-force&asOf=2025-03-01&page=2");
		assertThat(germany.records()).isNotEmpty()
			.allSatisfy((row) -> assertThat(List.of(row.get("speakerSlug"), row.get("onBehalfOfSlug")))
				.contains("germany"));
		assertThat(germany.column("topics")).allSatisfy((topics) -> assertThat(topics).contains("multinational-force"));
		assertThat(germany.column("saidOn")).allSatisfy((date) -> assertThat(date).isLessThanOrEqualTo("2025-03-01"));
		String json = DownloadContract.json(this.mvc, "/statements", "country=germany&asOf=2025-03-01", all.header());
		assertThat((String) JsonPath.read(json, "$.asOf")).isEqualTo("2025-03-01");
		DownloadContract.json(this.mvc, "/statements", "q=long way off", all.header());
		assertThat(this.mvc.get().uri("/statements.csv?from=yesterday")).hasStatus(400);
	}

	@Test
	void stancesTableOfATopic() throws Exception {
		Table table = DownloadContract.csv(this.mvc, "/stances", "topic=multinational-force&group=all");
		assertThat(table.header()).startsWith("actor", "actorSlug", "topic", "topicSlug", "stance")
			.containsSubsequence(CITATION);
		assertThat(table.column("topicSlug")).isNotEmpty().containsOnly("multinational-force");
		assertThat(table.records()).anySatisfy((row) -> {
			assertThat(row.get("actorSlug")).isEqualTo("germany");
			assertThat(row.get("stance")).isEqualTo("OPEN");
			assertThat(row.get("previousStance")).isEqualTo("NOT_NOW");
		});
		assertThat(table.column("sourceTitle")).allSatisfy((title) -> assertThat(title).isNotBlank());
		Table early = DownloadContract.csv(this.mvc, "/stances", "group=all&asOf=2025-03-01");
		assertThat(early.column("validFrom")).allSatisfy((date) -> assertThat(date).isLessThanOrEqualTo("2025-03-01"));
		DownloadContract.json(this.mvc, "/stances", "topic=territory&group=all", table.header());
		assertThat(this.mvc.get().uri("/stances.csv?topic=nothing-here")).hasStatus(404);
	}

	@Test
	void commitmentsWithTheirFilters() throws Exception {
		Table troops = DownloadContract.csv(this.mvc, "/commitments", "kind=TROOPS&basis=ESTIMATE");
		assertThat(troops.header()).startsWith("id", "actor", "actorSlug").containsSubsequence(CITATIONS);
		assertThat(troops.column("kind")).isNotEmpty().containsOnly("TROOPS");
		assertThat(troops.column("basis")).containsOnly("ESTIMATE");
		assertThat(troops.column("sourceTitles")).allSatisfy((titles) -> assertThat(titles).isNotBlank());
		assertThat(troops.column("amountMin")).contains("30000");
		DownloadContract.json(this.mvc, "/commitments", "actor=united-kingdom", troops.header());
		assertThat(this.mvc.get().uri("/commitments.csv?kind=LOVE")).hasStatus(400);
	}

	@Test
	void proposalsOneRowPerProvision() throws Exception {
		Table table = DownloadContract.csv(this.mvc, "/proposals", "");
		assertThat(table.header()).startsWith("proposal", "proposalSlug").containsSubsequence(CITATIONS);
		assertThat(table.records()).anySatisfy((row) -> {
			assertThat(row.get("proposalSlug")).isEqualTo("us-security-package-2025-12");
			assertThat(row.get("provisionText")).isEqualTo("Ukraine would maintain a standing army of 800,000 troops.");
			assertThat(row.get("figureMin")).isEqualTo("800000");
		});
		assertThat(table.column("sourceTitles")).allSatisfy((titles) -> assertThat(titles).isNotBlank());
		Table early = DownloadContract.csv(this.mvc, "/proposals", "asOf=2025-03-01");
		assertThat(early.column("proposalSlug")).isNotEmpty().doesNotContain("us-security-package-2025-12");
		DownloadContract.json(this.mvc, "/proposals", "", table.header());
	}

	@Test
	void actorsEventsAndSources() throws Exception {
		Table actors = DownloadContract.csv(this.mvc, "/actors", "");
		assertThat(actors.header()).containsExactly("slug", "name", "kind", "isoCode", "description", "statements",
				"positions", "link", "isoAlpha3", "wikidata");
		assertThat(actors.column("isoAlpha3")).contains("DEU", "UKR");
		assertThat(actors.column("wikidata")).contains("Q183", "Q22686");
		assertThat(actors.column("slug")).contains("germany", "olaf-scholz");
		Table events = DownloadContract.csv(this.mvc, "/events", "asOf=2025-03-01");
		assertThat(events.header()).containsSubsequence(CITATIONS);
		assertThat(events.column("startsOn")).isNotEmpty()
			.allSatisfy((date) -> assertThat(date).isLessThanOrEqualTo("2025-03-01"));
		assertThat(events.column("sourceTitles")).allSatisfy((titles) -> assertThat(titles).isNotBlank());
		Table sources = DownloadContract.csv(this.mvc, "/sources", "");
		assertThat(sources.header()).containsSubsequence(CITATION);
		assertThat(sources.records()).hasSize(5);
		assertThat(sources.column("sourceOutlet")).contains("The War Zone", "RksNews");
		DownloadContract.json(this.mvc, "/actors", "", actors.header());
		DownloadContract.json(this.mvc, "/events", "", events.header());
		DownloadContract.json(this.mvc, "/sources", "asOf=2025-02-15", sources.header());
	}

	@Test
	void compareTableWithEachSidesCitations() throws Exception {
		Table table = DownloadContract.csv(this.mvc, "/compare",
				"left=us-security-package-2025-12&right=european-statement-2025-12-15");
		assertThat(table.header()).startsWith("topic", "topicSlug", "left", "right", "relation", "assessedBy", "reason")
			.contains("leftSourceTitles", "rightSourceTitles");
		assertThat(table.column("left")).isNotEmpty().containsOnly("us-security-package-2025-12");
		assertThat(table.column("assessedBy")).isSubsetOf("EDITOR", "FIGURES", "NOT_ASSESSED");
		assertThat(table.column("reason"))
			.allSatisfy((reason) -> assertThat(reason).isNotBlank().doesNotStartWith("compare.reason."));
		assertThat(table.records()).anySatisfy((row) -> assertThat(row.get("leftSourceTitles")).isNotBlank());
		DownloadContract.json(this.mvc, "/compare", "", table.header());
		assertThat(this.mvc.get().uri("/compare.csv?left=nothing&right=european-statement-2025-12-15")).hasStatus(404);
	}

	@Test
	void everyListPageLinksToItsDownloadsKeepingItsFilters() {
		for (String page : List.of("/statements?country=germany&asOf=2025-03-01", "/stances?topic=territory",
				"/commitments?kind=TROOPS", "/proposals", "/actors", "/events", "/sources", "/compare")) {
			String path = page.contains("?") ? page.substring(0, page.indexOf('?')) : page;
			String query = page.contains("?") ? page.substring(page.indexOf('?')).replace("&", "&amp;") : "";
			assertThat(this.mvc.get().uri(page)).as(page)
				.hasStatusOk()
				.bodyText()
				.contains("href=\"" + path + ".csv" + query + "\"")
				.contains("href=\"" + path + ".json" + query + "\"")
				.contains("Download this table");
		}
	}

	@Test
	void compareAndStancesOfferACitationWithTheViewTheDateAndTheRecordPinned() {
		assertThat(this.mvc.get().uri("/compare")).hasStatusOk()
			.bodyText()
			.contains("Cite this view")
			.containsPattern("Peace Terms Tracker, Comparison of .+ and .+, as of \\d{1,2} \\w+ \\d{4}, "
					+ "as recorded at \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ, "
					+ "http://localhost/compare\\?left=us-security-package-2025-12&amp;right=european-statement-2025-12-15&amp;asOf=\\d{4}-\\d\\d-\\d\\d&amp;recordedAt=\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ, "
					+ "accessed \\d{1,2} \\w+ \\d{4}\\.");
		assertThat(this.mvc.get().uri("/stances?topic=territory&asOf=2025-03-01")).hasStatusOk()
			.bodyText()
			.containsPattern(
					"Peace Terms Tracker, Stances on Territory, as of 1 March 2025, as recorded at [0-9TZ:-]+, "
							+ "http://localhost/stances\\?topic=territory&amp;group=countries&amp;from=\\d{4}-\\d\\d-\\d\\d&amp;to=2025-03-01&amp;all=false&amp;asOf=2025-03-01&amp;recordedAt=[0-9TZ:-]+, accessed ")
			.contains("assets/js/cite.js");
	}

}
