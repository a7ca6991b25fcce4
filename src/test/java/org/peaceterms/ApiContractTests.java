package org.peaceterms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.JsonNode;

/**
 * Every operation of the published OpenAPI document, answered in every way it can be:
 * found (200), not modified (304), a malformed parameter (400), an unknown record (404),
 * a write (405), a type other than JSON (406). Each answer's status must be declared for
 * the operation and its body must validate against the declared schema
 * ({@link OpenApiContract}); no operation declares a 409 it never answers.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ApiContractTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void everyAnswerOfEveryOperationKeepsThePublishedContract() throws Exception {
		JsonNode spec = OpenApiContract.document(this.mvc);
		List<String> violations = new ArrayList<>();
		int answers = 0;
		for (Map.Entry<String, JsonNode> path : spec.get("paths").properties()) {
			if (!path.getKey().startsWith("/api/")) {
				continue;
			}
			JsonNode operation = path.getValue().get("get");
			assertThat(operation.path("responses").has("409")).as("409 on %s", path.getKey()).isFalse();
			String url = HostileInput.fill(path.getKey(), this.jdbc);
			boolean item = path.getKey().contains("{");
			List<MockHttpServletResponse> responses = new ArrayList<>();
			List<String> urls = new ArrayList<>();
			MockHttpServletResponse ok = this.mvc.get().uri(url).exchange().getResponse();
			assertThat(ok.getStatus()).as(url).isEqualTo(200);
			add(urls, responses, url, ok);
			add(urls, responses, url,
					this.mvc.get()
						.uri(url)
						.header(HttpHeaders.IF_NONE_MATCH, ok.getHeader(HttpHeaders.ETAG))
						.exchange()
						.getResponse());
			add(urls, responses, url, this.mvc.post().uri(url).exchange().getResponse());
			add(urls, responses, url,
					this.mvc.get().uri(url).header(HttpHeaders.ACCEPT, "application/xml").exchange().getResponse());
			if (item) {
				String unknown = path.getKey()
					.replaceAll("\\{[^}]+}", path.getKey().contains("slug") ? "no-such-record" : "999999");
				add(urls, responses, unknown, this.mvc.get().uri(unknown).exchange().getResponse());
			}
			else {
				for (String bad : List.of("?page=x", "?page=0", "?size=1000", "?asOf=2025-13-45")) {
					add(urls, responses, url + bad, this.mvc.get().uri(url + bad).exchange().getResponse());
				}
				add(urls, responses, url + "?page=2&size=1",
						this.mvc.get().uri(url + "?page=2&size=1").exchange().getResponse());
			}
			for (int i = 0; i < responses.size(); i++) {
				answers++;
				violations.addAll(OpenApiContract.violations(this.mvc, "GET", urls.get(i), responses.get(i)));
			}
		}
		assertThat(answers).isGreaterThan(100);
		assertThat(violations).isEmpty();
	}

	private static void add(List<String> urls, List<MockHttpServletResponse> responses, String url,
			MockHttpServletResponse response) {
		urls.add(url);
		responses.add(response);
	}

}
