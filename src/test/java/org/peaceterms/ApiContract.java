package org.peaceterms;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The contract every open-data endpoint keeps, checked the same way for each: the status
 * and content type, CORS open to any origin for GET, an ETag that turns a repeated
 * request into a 304, and for lists the paging fields and links. Also the shape of a
 * problem answer. Every API answer is also checked against the published OpenAPI document
 * ({@link OpenApiContract}).
 */
public final class ApiContract {

	/** An origin that is not the site's own. */
	public static final String ORIGIN = "https://analyst.example";

	private ApiContract() {
	}

	/**
	 * GETs {@code url} from another origin and checks status 200, the content type, the
	 * CORS header and the ETag round trip; returns the body.
	 */
	public static String get(MockMvcTester mvc, String url, MediaType contentType) throws Exception {
		return fetch(mvc, url, contentType, true);
	}

	/**
	 * {@link #get}, but for an answer that is not open to other origins (a page's
	 * download): no CORS header.
	 */
	public static String getSameOrigin(MockMvcTester mvc, String url, MediaType contentType) throws Exception {
		return fetch(mvc, url, contentType, false);
	}

	private static String fetch(MockMvcTester mvc, String url, MediaType contentType, boolean cors) throws Exception {
		MvcTestResult result = mvc.get().uri(url).header(HttpHeaders.ORIGIN, ORIGIN).exchange();
		MockHttpServletResponse response = result.getResponse();
		assertThat(response.getStatus()).as("status of %s", url).isEqualTo(200);
		if (url.startsWith("/api/")) {
			OpenApiContract.check(mvc, url, response);
		}
		assertThat(MediaType.parseMediaType(response.getContentType())).as("content type of %s", url)
			.satisfies((type) -> assertThat(type.isCompatibleWith(contentType)).isTrue());
		assertThat(response.getHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN)).as("CORS on %s", url)
			.isEqualTo(cors ? "*" : null);
		String etag = response.getHeader(HttpHeaders.ETAG);
		assertThat(etag).as("ETag of %s", url).isNotBlank();
		assertThat(response.getHeader(HttpHeaders.CACHE_CONTROL)).as("Cache-Control of %s", url).isEqualTo("no-cache");
		MvcTestResult again = mvc.get().uri(url).header(HttpHeaders.IF_NONE_MATCH, etag).exchange();
		assertThat(again.getResponse().getStatus()).as("repeated request for %s with If-None-Match", url)
			.isEqualTo(304);
		if (url.startsWith("/api/")) {
			OpenApiContract.check(mvc, url, again.getResponse());
		}
		assertThat(again.getResponse().getContentAsByteArray()).isEmpty();
		return response.getContentAsString(StandardCharsets.UTF_8);
	}

	/** {@link #get} for JSON. */
	public static String json(MockMvcTester mvc, String url) throws Exception {
		return get(mvc, url, MediaType.APPLICATION_JSON);
	}

	/**
	 * GETs a list and checks the paging fields and that every link keeps the request's
	 * filters; returns the body.
	 */
	public static String list(MockMvcTester mvc, String url) throws Exception {
		String body = json(mvc, url);
		Map<String, Object> page = JsonPath.read(body, "$");
		assertThat(page).containsKeys("items", "page", "size", "total", "totalPages", "links");
		Map<String, String> links = JsonPath.read(body, "$.links");
		assertThat(links).containsKeys("self", "first", "last");
		String query = url.contains("?") ? url.substring(url.indexOf('?') + 1) : "";
		for (String parameter : query.split("&")) {
			if (!parameter.isEmpty() && !parameter.startsWith("page=")) {
				String decoded = decode(parameter);
				links.values()
					.forEach((link) -> assertThat(URLDecoder.decode(link, StandardCharsets.UTF_8))
						.as("link keeps %s", parameter)
						.contains(decoded));
			}
		}
		return body;
	}

	/**
	 * A query parameter as the server reads it: MockMvc encodes what a test writes, so a
	 * test writes parameters unencoded, and {@code %} may stand for itself.
	 */
	private static String decode(String parameter) {
		try {
			return URLDecoder.decode(parameter, StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			return parameter;
		}
	}

	/** The values at {@code path} in every item of a list. */
	public static <T> List<T> each(String body, String path) {
		return JsonPath.read(body, "$.items[*]." + path);
	}

	/**
	 * GETs {@code url} and checks a problem answer with {@code status}, without stack
	 * trace or exception name; returns the body.
	 */
	public static String problem(MockMvcTester mvc, String url, int status) throws Exception {
		MockHttpServletResponse response = mvc.get().uri(url).exchange().getResponse();
		assertThat(response.getStatus()).as("status of %s", url).isEqualTo(status);
		assertThat(response.getContentType()).as("content type of %s", url)
			.startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		if (url.startsWith("/api/")) {
			OpenApiContract.check(mvc, url, response);
		}
		String body = response.getContentAsString(StandardCharsets.UTF_8);
		assertThat((Integer) JsonPath.read(body, "$.status")).isEqualTo(status);
		assertThat((String) JsonPath.read(body, "$.title")).isNotBlank();
		assertThat(body).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("trace");
		return body;
	}

}
