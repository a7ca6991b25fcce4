package org.peaceterms.opendata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.peaceterms.JsonSchemas;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Bulk data releases: an editor publishes one, it stays byte-identical at its dated
 * address after further edits, and its data package validates against the Data Package v2
 * and Table Schema specifications (the official JSON Schema for the descriptor; field
 * types, required values, primary keys, foreign keys, sizes and hashes checked here on
 * every row of every CSV file).
 */
@SpringBootTest
@AutoConfigureMockMvc
@DirtiesContext
class DataReleaseTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private ReleaseService releases;

	@Test
	void releaseDownloadedTodayIsByteIdenticalAfterFurtherEdits() throws Exception {
		String first = publishAsEditor();
		byte[] zip = get("/data/releases/" + first + ".zip");
		byte[] json = get("/data/releases/" + first + ".json");
		String listed = this.mvc.get().uri("/data/releases.json").exchange().getResponse().getContentAsString();
		assertThat(JsonPath.<String>read(listed, "$.releases[0].zip.sha256")).isEqualTo(sha256(zip));
		assertThat(JsonPath.<Integer>read(listed, "$.releases[0].zip.bytes")).isEqualTo(zip.length);

		this.jdbc
			.update("update statement set text = text || ' (corrected)' where id = (select min(id) from statement)");
		ReleaseService.Outcome second = this.releases.publish("test");

		assertThat(second.created()).isTrue();
		assertThat(second.name()).isNotEqualTo(first);
		assertThat(get("/data/releases/" + first + ".zip")).isEqualTo(zip);
		assertThat(get("/data/releases/" + first + ".json")).isEqualTo(json);
		assertThat(get("/data/releases/" + second.name() + ".zip")).isNotEqualTo(zip);
		assertThat(this.mvc.get().uri("/data/latest.zip")).hasStatus(302)
			.headers()
			.hasValue(HttpHeaders.LOCATION, "/data/releases/" + second.name() + ".zip");
		assertThat(this.releases.publish(null).created()).as("nothing changed: no new release").isFalse();
	}

	@Test
	void dataPackageValidatesAgainstDataPackageAndTableSchema() throws Exception {
		String name = this.releases.publish("test").name();
		MvcTestResult download = this.mvc.get().uri("/data/releases/" + name + ".zip").exchange();
		assertThat(download).hasStatusOk()
			.hasContentType("application/zip")
			.headers()
			.hasValue(HttpHeaders.LINK, DataLicence.LINK_HEADER);
		Map<String, byte[]> files = unzip(download.getResponse().getContentAsByteArray());
		String folder = "peace-terms-tracker-" + name + "/";
		String descriptor = new String(files.get(folder + "datapackage.json"), StandardCharsets.UTF_8);
		JsonSchemas.assertValid(JsonSchemas.DATA_PACKAGE, descriptor);
		assertThat(JsonPath.<String>read(descriptor, "$.licenses[0].name")).isEqualTo("CC-BY-4.0");
		assertThat(files).containsKey(folder + "README.md");

		List<Map<String, Object>> resources = JsonPath.read(descriptor, "$.resources");
		assertThat(resources).extracting((resource) -> resource.get("name"))
			.containsAll(List.of("actors", "sources", "statements", "positions", "proposals", "provisions",
					"commitments", "events", "topics", "relations"));
		Map<String, Map<String, Set<String>>> values = new HashMap<>();
		for (Map<String, Object> resource : resources) {
			byte[] csv = files.get(folder + resource.get("path"));
			assertThat(csv).as(resource.get("path").toString()).isNotNull();
			assertThat(resource.get("bytes")).isEqualTo(csv.length);
			assertThat(resource.get("hash")).isEqualTo("sha256:" + sha256(csv));
			values.put((String) resource.get("name"), checkRows(resource, new String(csv, StandardCharsets.UTF_8)));
		}
		for (Map<String, Object> resource : resources) {
			checkForeignKeys(resource, values);
		}
		String statements = new String(files.get(folder + "data/statements.csv"), StandardCharsets.UTF_8);
		assertThat(statements.split("\r\n").length).isGreaterThan(50);

		String inline = new String(get("/data/releases/" + name + ".json"), StandardCharsets.UTF_8);
		JsonSchemas.assertValid(JsonSchemas.DATA_PACKAGE, inline);
		assertThat(JsonPath.<List<?>>read(inline, "$.resources[?(@.name == 'statements')].data[*]"))
			.hasSize(statements.split("\r\n").length - 1);
	}

	@Test
	void dataPageListsReleasesWithDatasetJsonLdAndPublishNeedsAnEditor() throws Exception {
		assertThat(this.mvc.post().uri("/admin/data/releases").with(csrf())).hasStatus3xxRedirection()
			.redirectedUrl()
			.contains("/login");
		assertThat(this.mvc.post().uri("/admin/data/releases").with(user("editor").roles("EDITOR"))).hasStatus(403);
		String name = publishAsEditor();
		assertThat(this.mvc.get().uri("/data")).hasStatusOk()
			.bodyText()
			.contains("/data/releases/" + name + ".zip", "CC BY 4.0", "\"@type\":\"Dataset\"",
					"\"@type\":\"DataDownload\"");
		assertThat(this.mvc.get().uri("/data/releases/1999-01-01.zip")).hasStatus(404);
	}

	private String publishAsEditor() throws Exception {
		MvcTestResult result = this.mvc.post()
			.uri("/admin/data/releases")
			.with(user("editor").roles("EDITOR"))
			.with(csrf())
			.exchange();
		assertThat(result).hasStatus3xxRedirection().redirectedUrl().isEqualTo("/admin");
		String listed = this.mvc.get().uri("/data/releases.json").exchange().getResponse().getContentAsString();
		return JsonPath.read(listed, "$.releases[0].name");
	}

	private byte[] get(String uri) throws Exception {
		MvcTestResult result = this.mvc.get().uri(uri).exchange();
		assertThat(result).hasStatusOk();
		return result.getResponse().getContentAsByteArray();
	}

	/** Parses every value by its field's type; returns each field's values. */
	@SuppressWarnings("unchecked")
	private static Map<String, Set<String>> checkRows(Map<String, Object> resource, String csv) throws IOException {
		Map<String, Object> schema = (Map<String, Object>) resource.get("schema");
		List<Map<String, Object>> fields = (List<Map<String, Object>>) schema.get("fields");
		List<String> primaryKey = (List<String>) schema.get("primaryKey");
		Map<String, Set<String>> values = new LinkedHashMap<>();
		Set<List<String>> keys = new HashSet<>();
		try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().build().parse(new StringReader(csv))) {
			assertThat(parser.getHeaderNames())
				.containsExactlyElementsOf(fields.stream().map((field) -> (String) field.get("name")).toList());
			for (CSVRecord record : parser) {
				for (Map<String, Object> field : fields) {
					String name = (String) field.get("name");
					String value = record.get(name);
					String where = resource.get("name") + " row " + record.getRecordNumber() + " " + name;
					boolean required = field.get("constraints") instanceof Map<?, ?> constraints
							&& Boolean.TRUE.equals(constraints.get("required"));
					if (value.isEmpty()) {
						assertThat(required).as(where + " is required").isFalse();
						continue;
					}
					parse((String) field.get("type"), (String) field.get("format"), value, where);
					values.computeIfAbsent(name, (key) -> new HashSet<>()).add(value);
				}
				assertThat(keys.add(primaryKey.stream().map(record::get).toList()))
					.as(resource.get("name") + " primary key is unique at row " + record.getRecordNumber())
					.isTrue();
			}
		}
		return values;
	}

	private static void parse(String type, String format, String value, String where) {
		switch (type) {
			case "integer" -> Long.parseLong(value);
			case "number" -> new BigDecimal(value);
			case "date" -> LocalDate.parse(value);
			case "boolean" -> assertThat(value).as(where).isIn("true", "false");
			case "string" -> {
				if ("uri".equals(format)) {
					assertThat(URI.create(value).isAbsolute()).as(where + " is a URI").isTrue();
				}
			}
			default -> throw new AssertionError(where + ": unexpected type " + type);
		}
	}

	@SuppressWarnings("unchecked")
	private static void checkForeignKeys(Map<String, Object> resource, Map<String, Map<String, Set<String>>> values) {
		Map<String, Object> schema = (Map<String, Object>) resource.get("schema");
		List<Map<String, Object>> foreignKeys = (List<Map<String, Object>>) schema.getOrDefault("foreignKeys",
				List.of());
		for (Map<String, Object> key : foreignKeys) {
			String field = ((List<String>) key.get("fields")).get(0);
			Map<String, Object> reference = (Map<String, Object>) key.get("reference");
			String target = (String) reference.getOrDefault("resource", resource.get("name"));
			String targetField = ((List<String>) reference.get("fields")).get(0);
			Set<String> referenced = values.get(target).getOrDefault(targetField, Set.of());
			assertThat(referenced).as(resource.get("name") + "." + field + " -> " + target + "." + targetField)
				.containsAll(values.get(resource.get("name")).getOrDefault(field, Set.of()));
		}
	}

	private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
		Map<String, byte[]> files = new LinkedHashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				files.put(entry.getName(), in.readAllBytes());
			}
		}
		return files;
	}

	private static String sha256(byte[] bytes) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
	}

}
