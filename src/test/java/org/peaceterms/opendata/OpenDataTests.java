package org.peaceterms.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.peaceterms.ApiContract;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * What the open data shares across features: the OpenAPI description and its UI, CORS
 * open for reading the API and feeds and for nothing else, problems for addresses and
 * methods the API does not have, and the feed announced in every page's head.
 */
@SpringBootTest
@AutoConfigureMockMvc
class OpenDataTests {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void openApiDescribesEveryListAndDetailAndNoHtmlPage() throws Exception {
		String body = this.mvc.get().uri("/v3/api-docs").exchange().getResponse().getContentAsString();
		Map<String, Object> paths = JsonPath.read(body, "$.paths");
		for (String feature : new String[] { "actors", "sources", "events", "topics", "proposals", "provisions",
				"commitments", "statements", "positions", "relations" }) {
			assertThat(paths).containsKey("/api/v1/" + feature);
			assertThat(paths.keySet()).anyMatch((path) -> path.startsWith("/api/v1/" + feature + "/{"));
		}
		assertThat(paths).containsKey("/feed.atom").doesNotContainKey("/").doesNotContainKey("/statements/{id}");
		assertThat(body).contains("\"asOf\"", "\"page\"", "\"size\"", "\"speaker\"");
	}

	@Test
	void swaggerUiIsServed() {
		assertThat(this.mvc.get().uri("/swagger-ui/index.html")).hasStatusOk().bodyText().contains("swagger");
	}

	@Test
	void corsPreflightIsAllowedForReadingTheApiOnly() {
		assertThat(this.mvc.options()
			.uri("/api/v1/statements")
			.header(HttpHeaders.ORIGIN, ApiContract.ORIGIN)
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "GET")).hasStatusOk()
			.headers()
			.hasSingleValue(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*")
			.hasSingleValue(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, "GET,HEAD");
		assertThat(this.mvc.options()
			.uri("/api/v1/statements")
			.header(HttpHeaders.ORIGIN, ApiContract.ORIGIN)
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "DELETE")).hasStatus(403);
		assertThat(this.mvc.get().uri("/").header(HttpHeaders.ORIGIN, ApiContract.ORIGIN)).headers()
			.doesNotContainHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);
		assertThat(this.mvc.get().uri("/v3/api-docs").header(HttpHeaders.ORIGIN, ApiContract.ORIGIN)).headers()
			.doesNotContainHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);
	}

	@Test
	void theApiIsReadOnlyAndAnswersUnknownAddressesWithProblems() throws Exception {
		ApiContract.problem(this.mvc, "/api/v1/nothing-here", 404);
		ApiContract.problem(this.mvc, "/api/v2/statements", 404);
		assertThat(this.mvc.post().uri("/api/v1/statements")).hasStatus(405)
			.hasContentType("application/problem+json")
			.headers()
			.hasSingleValue(HttpHeaders.ALLOW, "GET");
	}

	@Test
	void pagesKeepTheirFriendlyErrorsAndAnnounceTheFeed() throws Exception {
		assertThat(this.mvc.get().uri("/").accept("text/html")).hasStatusOk()
			.bodyText()
			.contains("<link rel=\"alternate\" type=\"application/atom+xml\"");
		var page = this.mvc.get().uri("/?asOf=never").accept("text/html").exchange().getResponse();
		assertThat(page.getStatus()).isEqualTo(400);
		assertThat(page.getContentType()).as("a page's error is left to the HTML error page")
			.isNotEqualTo("application/problem+json");
		assertThat(page.getContentAsString()).doesNotContain("\"status\"");
	}

}
