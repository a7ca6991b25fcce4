package org.peaceterms.statement;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.peaceterms.ApiContract;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The statements of the JSON API on the shipped data: fields with citations, every filter
 * of the statements page, as-of dates, paging links that keep the filters, and problems
 * for unknown and malformed input.
 */
@SpringBootTest
@AutoConfigureMockMvc
class StatementApiControllerTests {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void listGivesNewestFirstWithCitationAndLinks() throws Exception {
		String body = ApiContract.list(this.mvc, "/api/v1/statements?size=5");
		assertThat(ApiContract.<Object>each(body, "id")).hasSize(5);
		List<String> dates = ApiContract.each(body, "saidOn");
		assertThat(dates).isSortedAccordingTo((a, b) -> b.compareTo(a));
		Map<String, Object> first = JsonPath.read(body, "$.items[0]");
		assertThat(first).containsKeys("text", "attribution", "accordingTo", "rendered", "date", "confidence",
				"speaker", "onBehalfOf", "topics", "citation", "links");
		assertThat(ApiContract.<String>each(body, "citation.title"))
			.allSatisfy((title) -> assertThat(title).isNotBlank());
		assertThat(ApiContract.<String>each(body, "citation.publishedOn"))
			.allMatch((d) -> d.matches("\\d{4}-\\d\\d-\\d\\d"));
		assertThat(JsonPath.read(body, "$.items[0].citation").toString()).contains("outlet", "url");
		long id = ((Number) JsonPath.read(body, "$.items[0].id")).longValue();
		assertThat((String) JsonPath.read(body, "$.items[0].links.self")).isEqualTo("/api/v1/statements/" + id);
		assertThat((String) JsonPath.read(body, "$.items[0].links.html")).isEqualTo("/statements/" + id);
		// A named speaker links to the actor; an unnamed one (the re-audited data has
		// them) has a label.
		if (JsonPath.read(body, "$.items[0].speaker") != null) {
			assertThat((String) JsonPath.read(body, "$.items[0].speaker.href")).startsWith("/api/v1/actors/");
		}
		else {
			assertThat((String) JsonPath.read(body, "$.items[0].speakerLabel")).isNotBlank();
		}
		assertThat((String) JsonPath.read(body, "$.items[0].citation.href")).startsWith("/api/v1/sources/");
	}

	@Test
	void pagesLinkToEachOtherKeepingTheFilters() throws Exception {
		String first = ApiContract.list(this.mvc, "/api/v1/statements?topic=multinational-force&size=3");
		int total = JsonPath.read(first, "$.total");
		assertThat(total).isGreaterThan(6);
		assertThat((Integer) JsonPath.read(first, "$.page")).isEqualTo(1);
		assertThat((Integer) JsonPath.read(first, "$.totalPages")).isEqualTo((total + 2) / 3);
		Map<String, String> links = JsonPath.read(first, "$.links");
		assertThat(links).doesNotContainKey("prev");
		assertThat(links.get("next")).isEqualTo("/api/v1/statements?topic=multinational-force&size=3&page=2");
		String second = ApiContract.list(this.mvc, links.get("next"));
		assertThat((String) JsonPath.read(second, "$.links.prev"))
			.isEqualTo("/api/v1/statements?topic=multinational-force&size=3&page=1");
		assertThat(ApiContract.<Object>each(second, "id")).doesNotContainAnyElementsOf(ApiContract.each(first, "id"));
		String last = ApiContract.list(this.mvc, JsonPath.read(first, "$.links.last"));
		assertThat((Map<String, String>) JsonPath.read(last, "$.links")).doesNotContainKey("next");
	}

	@Test
	void aPagePastTheEndIsEmptyAndPointsBack() throws Exception {
		String body = ApiContract.list(this.mvc, "/api/v1/statements?page=999");
		assertThat(ApiContract.<Object>each(body, "id")).isEmpty();
		assertThat((String) JsonPath.read(body, "$.links.prev"))
			.endsWith("page=" + JsonPath.read(body, "$.totalPages"));
	}

	@Test
	void filtersBySpeakerCountryTopicAndDates() throws Exception {
		String bySpeaker = ApiContract.list(this.mvc, "/api/v1/statements?speaker=donald-trump&size=100");
		assertThat(ApiContract.<String>each(bySpeaker, "speaker.slug")).isNotEmpty().containsOnly("donald-trump");

		String byCountry = ApiContract.list(this.mvc, "/api/v1/statements?country=germany&size=100");
		List<String> speakers = ApiContract.each(byCountry, "speaker.slug");
		List<String> behalf = ApiContract.each(byCountry, "onBehalfOf.slug");
		assertThat(speakers).isNotEmpty();
		for (int i = 0; i < speakers.size(); i++) {
			assertThat(List.of(speakers.get(i), String.valueOf(behalf.get(i)))).contains("germany");
		}

		String byTopic = ApiContract.list(this.mvc, "/api/v1/statements?topic=territory&size=100");
		List<List<String>> topics = JsonPath.read(byTopic, "$.items[*].topics[*].slug");
		assertThat(ApiContract.<Object>each(byTopic, "id")).isNotEmpty();
		for (int i = 0; i < ApiContract.<Object>each(byTopic, "id").size(); i++) {
			List<String> slugs = JsonPath.read(byTopic, "$.items[" + i + "].topics[*].slug");
			assertThat(slugs).contains("territory");
		}

		String between = ApiContract.list(this.mvc, "/api/v1/statements?from=2025-02-01&to=2025-02-28&size=100");
		assertThat(ApiContract.<String>each(between, "saidOn")).isNotEmpty()
			.allSatisfy((date) -> assertThat(date).startsWith("2025-02"));
		assertThat(topics).isNotNull();
	}

	@Test
	void searchFindsWordsInTextOrContextCaseInsensitively() throws Exception {
		String body = ApiContract.list(this.mvc, "/api/v1/statements?q=LONG WAY OFF&size=100");
		assertThat(ApiContract.<String>each(body, "text")).isNotEmpty()
			.anySatisfy((text) -> assertThat(text.toLowerCase()).contains("long way off"));
		String wildcard = ApiContract.list(this.mvc, "/api/v1/statements?q=%%_&size=100");
		assertThat((Integer) JsonPath.read(wildcard, "$.total")).isZero();
	}

	@Test
	void asOfLeavesOutWhatWasSaidLater() throws Exception {
		String all = ApiContract.list(this.mvc, "/api/v1/statements?size=100");
		String early = ApiContract.list(this.mvc, "/api/v1/statements?asOf=2025-03-01&size=100");
		assertThat(ApiContract.<String>each(early, "saidOn")).isNotEmpty()
			.allSatisfy((date) -> assertThat(date).isLessThanOrEqualTo("2025-03-01"));
		assertThat((Integer) JsonPath.read(early, "$.total")).isLessThan(JsonPath.read(all, "$.total"));
		assertThat((String) JsonPath.read(early, "$.links.self")).contains("asOf=2025-03-01");
	}

	@Test
	void detailGivesOneStatementWithItsCitation() throws Exception {
		String body = ApiContract.json(this.mvc, "/api/v1/statements/4");
		assertThat((Integer) JsonPath.read(body, "$.id")).isEqualTo(4);
		assertThat((String) JsonPath.read(body, "$.speaker.slug")).isEqualTo("united-states");
		assertThat((String) JsonPath.read(body, "$.attribution")).isEqualTo("PARAPHRASED");
		assertThat((String) JsonPath.read(body, "$.date.edtf")).isEqualTo("../2025-12-16");
		assertThat((String) JsonPath.read(body, "$.rendered")).startsWith("United States (paraphrase): ");
		assertThat((String) JsonPath.read(body, "$.provision.href")).isEqualTo("/api/v1/provisions/7");
		assertThat((String) JsonPath.read(body, "$.citation.source"))
			.isEqualTo("news-2025-12-16-europe-ready-to-send-troops");
		assertThat((String) JsonPath.read(body, "$.citation.publishedOn")).isEqualTo("2025-12-16");
	}

	@Test
	void unknownOrMalformedInputGetsAProblem() throws Exception {
		assertThat(ApiContract.problem(this.mvc, "/api/v1/statements/999999", 404)).contains("Statement not found");
		ApiContract.problem(this.mvc, "/api/v1/statements/abc", 400);
		assertThat(ApiContract.problem(this.mvc, "/api/v1/statements?speaker=nobody-at-all", 400)).contains("speaker");
		ApiContract.problem(this.mvc, "/api/v1/statements?speaker=<script>", 400);
		assertThat(ApiContract.problem(this.mvc, "/api/v1/statements?from=yesterday", 400)).contains("from")
			.doesNotContain("yesterday");
		ApiContract.problem(this.mvc, "/api/v1/statements?asOf=2025-13-45", 400);
		ApiContract.problem(this.mvc, "/api/v1/statements?size=101", 400);
		ApiContract.problem(this.mvc, "/api/v1/statements?size=0", 400);
		ApiContract.problem(this.mvc, "/api/v1/statements?page=0", 400);
		ApiContract.problem(this.mvc, "/api/v1/statements?page=x", 400);
		ApiContract.problem(this.mvc, "/api/v1/statements?q=" + "a".repeat(201), 400);
	}

}
