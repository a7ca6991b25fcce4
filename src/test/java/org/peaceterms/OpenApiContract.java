package org.peaceterms;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Checks an API answer against the OpenAPI document the application publishes at
 * {@code /v3/api-docs}: the operation (path and method) exists, it declares the answer's
 * status, and a JSON body validates against the declared schema (OpenAPI 3.1 schemas are
 * JSON Schema 2020-12, checked with networknt's validator). Every answer that
 * {@link ApiContract} fetches goes through here, so every API test checks the contract.
 */
public final class OpenApiContract {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

	private static volatile JsonNode document;

	private OpenApiContract() {
	}

	/**
	 * The published document (read once per test run; it is the same in every context).
	 */
	public static JsonNode document(MockMvcTester mvc) throws Exception {
		JsonNode loaded = document;
		if (loaded == null) {
			MockHttpServletResponse response = mvc.get().uri("/v3/api-docs").exchange().getResponse();
			assertThat(response.getStatus()).isEqualTo(200);
			loaded = JSON.readTree(response.getContentAsString(StandardCharsets.UTF_8));
			document = loaded;
		}
		return loaded;
	}

	/**
	 * The problems of {@code response} to {@code GET url}; empty when it keeps the
	 * contract.
	 */
	public static List<String> violations(MockMvcTester mvc, String method, String url,
			MockHttpServletResponse response) throws Exception {
		JsonNode spec = document(mvc);
		String path = url.contains("?") ? url.substring(0, url.indexOf('?')) : url;
		JsonNode operation = null;
		for (Map.Entry<String, JsonNode> entry : spec.get("paths").properties()) {
			String regex = "\\Q" + entry.getKey().replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q") + "\\E";
			if (Pattern.matches(regex, path)) {
				operation = entry.getValue().get(method.toLowerCase(java.util.Locale.ROOT));
				break;
			}
		}
		if (operation == null) {
			// An address the API does not have answers 404 (a problem document), and
			// the document rightly does not list it.
			if (response.getStatus() == 404) {
				return List.of();
			}
			return List.of(method + " " + path + ": no such operation in /v3/api-docs");
		}
		String status = String.valueOf(response.getStatus());
		JsonNode declared = operation.path("responses").get(status);
		if (declared == null) {
			return List.of(method + " " + url + ": status " + status + " is not declared");
		}
		String body = response.getContentAsString(StandardCharsets.UTF_8);
		String type = response.getContentType();
		if (body.isEmpty() || type == null || !type.contains("json")) {
			return List.of();
		}
		JsonNode content = declared.path("content");
		JsonNode schemaNode = null;
		for (Iterator<String> types = content.propertyNames().iterator(); types.hasNext();) {
			String declaredType = types.next();
			if (type.startsWith(declaredType) || declaredType.equals("*/*")) {
				schemaNode = content.get(declaredType).get("schema");
			}
		}
		if (schemaNode == null) {
			return List.of(method + " " + url + ": " + status + " answered " + type + ", which is not declared");
		}
		ObjectNode standalone = (ObjectNode) schemaNode.deepCopy();
		standalone.set("components", spec.get("components"));
		Schema schema = SCHEMAS.getSchema(standalone);
		List<Error> errors = schema.validate(JSON.readTree(body));
		return errors.stream().limit(10).map((error) -> method + " " + url + ": " + error.toString()).toList();
	}

	/** Asserts that {@code response} keeps the published contract. */
	public static void check(MockMvcTester mvc, String url, MockHttpServletResponse response) throws Exception {
		assertThat(violations(mvc, "GET", url, response)).as("OpenAPI contract of %s", url).isEmpty();
	}

}
