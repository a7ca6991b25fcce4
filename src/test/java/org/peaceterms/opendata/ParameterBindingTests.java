package org.peaceterms.opendata;

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
 * Filters and parameters are bound by Spring MVC (slug converters, lenient constants, ISO
 * dates, Bean Validation) the same way on the pages, the downloads, the feeds and the
 * API: a bad value is a 400 through one handler, and the API's problem names the
 * parameter and the reason without echoing the value.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ParameterBindingTests {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void theApiSaysWhichParameterIsWrongAndWhyWithoutEchoingIt() throws Exception {
		Map<String, String> reasons = Map.of("/api/v1/statements?speaker=nobody-of-that-name",
				"speaker names no record", "/api/v1/statements?country=%3Cscript%3Ealert(1)%3C/script%3E",
				"country is not a slug", "/api/v1/statements?from=2025-13-45", "from is not in the expected form",
				"/api/v1/statements?q=" + "x".repeat(201), "q is longer than 200 characters",
				"/api/v1/statements?confidence=certain-ish", "confidence is not one of the listed values",
				"/api/v1/commitments?kind=weapons", "kind is not one of the listed values",
				"/api/v1/positions?stance=%27%3B%20DROP%20TABLE", "stance is not one of the listed values",
				"/api/v1/provisions?proposal=no-such-plan", "proposal names no record",
				"/api/v1/relations?topic=no-such-topic", "topic names no record", "/api/v1/events?to=yesterday",
				"to is not in the expected form");
		for (Map.Entry<String, String> each : reasons.entrySet()) {
			String body = ApiContract.problem(this.mvc, each.getKey(), 400);
			assertThat((String) JsonPath.read(body, "$.detail")).as(each.getKey()).isEqualTo(each.getValue());
			assertThat(body).doesNotContain("script").doesNotContain("DROP").doesNotContain("nobody");
		}
	}

	@Test
	void constantsReadAsTheyAreWrittenInAddresses() throws Exception {
		for (String url : List.of("/api/v1/commitments?kind=troops", "/api/v1/commitments?kind=TROOPS",
				"/api/v1/actors?kind=country", "/api/v1/statements?confidence=confirmed")) {
			assertThat(this.mvc.get().uri(url)).as(url).hasStatusOk();
		}
		List<Integer> lower = JsonPath.read(ApiContract.json(this.mvc, "/api/v1/commitments?kind=troops&size=100"),
				"$.items[*].id");
		List<Integer> upper = JsonPath.read(ApiContract.json(this.mvc, "/api/v1/commitments?kind=TROOPS&size=100"),
				"$.items[*].id");
		List<Integer> spaced = JsonPath.read(this.mvc.get()
			.uri("/api/v1/commitments?size=100")
			.param("kind", " Troops ")
			.exchange()
			.getResponse()
			.getContentAsString(), "$.items[*].id");
		List<Integer> all = JsonPath.read(ApiContract.json(this.mvc, "/api/v1/commitments?size=100"), "$.items[*].id");
		assertThat(lower).isNotEmpty().isEqualTo(upper).isEqualTo(spaced);
		assertThat(all).hasSizeGreaterThan(lower.size());
	}

	@Test
	void blankParametersAreNoFilter() throws Exception {
		List<Integer> all = JsonPath.read(ApiContract.json(this.mvc, "/api/v1/statements?size=100"), "$.items[*].id");
		List<Integer> blank = JsonPath.read(this.mvc.get()
			.uri("/api/v1/statements?size=100&q=&speaker=&from=&to=&confidence=")
			.param("country", " ")
			.param("topic", "\t")
			.exchange()
			.getResponse()
			.getContentAsString(), "$.items[*].id");
		assertThat(blank).isNotEmpty().isEqualTo(all);
		assertThat(this.mvc.get().uri("/statements?q=%00%01%20&speaker=&from=")).hasStatusOk();
		assertThat(this.mvc.get().uri("/commitments?kind=&basis=&actor=&topic=")).hasStatusOk();
		assertThat(this.mvc.get().uri("/actors?kind=&q=&has=")).hasStatusOk();
	}

	@Test
	void pagesDownloadsAndFeedsRefuseTheSameValuesWithA400() {
		for (String url : List.of("/statements?speaker=nobody-of-that-name", "/statements.csv?from=2025-02-30",
				"/statements.json?topic=%3Cb%3E", "/statements/feed.atom?country=atlantis",
				"/statements/feed.atom?q=" + "y".repeat(201), "/commitments?actor=atlantis",
				"/commitments.csv?basis=maybe", "/commitments.svg?chart=first", "/actors?has=opinions",
				"/actors.json?kind=planet", "/actors?q=" + "z".repeat(201), "/sources?kind=rumour",
				"/events.csv?kind=party")) {
			assertThat(this.mvc.get().uri(url)).as(url).hasStatus(400);
		}
	}

	@Test
	void theApiDocumentDescribesSlugParametersAsText() throws Exception {
		String body = this.mvc.get().uri("/v3/api-docs").exchange().getResponse().getContentAsString();
		List<Map<String, Object>> speaker = JsonPath.read(body,
				"$.paths['/api/v1/statements'].get.parameters[?(@.name == 'speaker')].schema");
		assertThat(speaker).singleElement().satisfies((schema) -> assertThat(schema).containsEntry("type", "string"));
		List<Map<String, Object>> actor = JsonPath.read(body,
				"$.paths['/api/v1/commitments'].get.parameters[?(@.name == 'actor')].schema");
		assertThat(actor).singleElement().satisfies((schema) -> assertThat(schema).containsEntry("type", "string"));
	}

}
