package org.peaceterms;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The packaged jar started the fast way the README gives, from the bean definitions and
 * repositories Spring's AOT processing generated at build time
 * ({@code -Dspring.aot.enabled=true}): it serves every analyst page, the open data and
 * the admin, and a save is visible on the next request, on the default H2 file and on
 * PostgreSQL with the {@code postgres} profile (its properties are read at run time; the
 * bean conditions were fixed at build time).
 */
class AotStartIT {

	private static final String PASSWORD = "aot-start-admin-pass";

	private static final List<String> PAGES = List.of("/", "/compare", "/stances", "/commitments", "/statements",
			"/statements?q=troops", "/actors/germany", "/proposals/us-security-package-2025-12", "/topics/territory",
			"/sources", "/events", "/feed.atom", "/statements.csv", "/api/v1/statements", "/v3/api-docs");

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void startsFromTheGeneratedContextOnH2() throws Exception {
		Path dir = Files.createTempDirectory("peaceterms-aot");
		List<String> args = List
			.of("--spring.datasource.url=jdbc:h2:file:" + dir.resolve("db") + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0");
		servesPagesAndSaves(args, Map.of(), "aot-h2");
	}

	@Test
	void startsFromTheGeneratedContextOnPostgres() throws Exception {
		PostgresSchema.require();
		PostgresSchema schema = new PostgresSchema();
		try {
			servesPagesAndSaves(schema.applicationArguments(), Map.of("SPRING_PROFILES_ACTIVE", "postgres"),
					"aot-postgres");
		}
		finally {
			schema.drop();
		}
	}

	private void servesPagesAndSaves(List<String> args, Map<String, String> extraEnv, String name) throws Exception {
		Map<String, String> env = new HashMap<>(extraEnv);
		env.put("PEACETERMS_ADMIN_PASSWORD", PASSWORD);
		env.put("JAVA_TOOL_OPTIONS", "-Dspring.aot.enabled=true");
		Path log = PackagedApp.logFile(name);
		Files.deleteIfExists(log);
		try (PackagedApp app = PackagedApp.start(args, env, log)) {
			assertThat(Files.readString(log)).as("the log of " + log)
				.contains("Starting AOT-processed PeaceTermsApplication");
			for (String page : PAGES) {
				assertThat(get(app, page).statusCode()).as(page).isEqualTo(200);
			}
			String word = UUID.randomUUID().toString().substring(0, 8);
			String marker = "aot-start " + word;
			// A statement found by the search has its words marked; the query alone is
			// not.
			String found = "<mark>" + word + "</mark>";
			String query = "?q=" + marker.replace(' ', '+');
			assertThat(get(app, "/statements.csv" + query).body()).doesNotContain(marker);
			assertThat(get(app, "/statements" + query).body()).doesNotContain(found);

			app.login("admin", PASSWORD);
			HttpResponse<String> saved = app.post("/admin/statements/new", PackagedApp.newStatementForm(marker),
					app.csrf("/admin/statements/new"));
			assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
			assertThat(saved.headers().firstValue("Location").orElse("")).matches(".*/admin/statements/\\d+");

			String id = saved.headers().firstValue("Location").orElseThrow().replaceAll(".*/", "");

			// A visitor (no session) sees the save on the very next request: the search
			// page (in the page cache since the request before the save) and the
			// download.
			assertThat(get(app, "/statements" + query).body()).contains(found);
			assertThat(get(app, "/statements.csv" + query).body()).contains(marker);
			assertThat(get(app, "/statements/" + id).body()).contains("aot-start");
			app.stop();
		}
	}

	private HttpResponse<String> get(PackagedApp app, String path) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create(app.url(path))).build(),
				HttpResponse.BodyHandlers.ofString());
	}

}
