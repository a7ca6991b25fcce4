package org.peaceterms;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * No acknowledged save is lost on a crash: the packaged application, on its default H2
 * settings and on PostgreSQL, gets a stream of new statements; it is killed with SIGKILL
 * at a random moment; then restarted, and every statement whose save had been answered
 * with the redirect to the saved record must be there. Before {@code WRITE_DELAY=0}, H2
 * lost the last saves before the kill (5 of 420).
 */
class CrashDurabilityIT {

	private static final String PASSWORD = "crash-test-admin-pass";

	@Test
	void noAcknowledgedSaveIsLostOnH2() throws Exception {
		Path dir = Files.createTempDirectory("peaceterms-crash");
		// The default URL of application.properties, with the database file elsewhere.
		String defaults = new String(
				new org.springframework.core.io.ClassPathResource("application.properties").getInputStream()
					.readAllBytes(),
				java.nio.charset.StandardCharsets.UTF_8);
		String url = defaults.lines()
			.filter((line) -> line.startsWith("spring.datasource.url="))
			.findFirst()
			.orElseThrow()
			.substring("spring.datasource.url=".length())
			.replace("./data/peaceterms", dir.resolve("db").toString());
		assertThat(url).contains("WRITE_DELAY=0");
		List<String> args = List.of("--spring.datasource.url=" + url);
		Set<String> acknowledged = crashWhileSaving(args, "h2");
		try (PackagedApp app = PackagedApp.start(args, Map.of(), PackagedApp.logFile("crash-h2-restart"))) {
			app.login("admin", PASSWORD);
			app.stop();
		}
		Set<String> stored = stored(url.replace("DB_CLOSE_ON_EXIT=FALSE;", ""), "sa", "");
		assertThat(missing(acknowledged, stored)).as("acknowledged saves missing of %d", acknowledged.size()).isEmpty();
	}

	@Test
	void noAcknowledgedSaveIsLostOnPostgres() throws Exception {
		PostgresSchema.require();
		PostgresSchema schema = new PostgresSchema();
		try {
			List<String> args = schema.applicationArguments();
			Set<String> acknowledged = crashWhileSaving(args, "postgres");
			try (PackagedApp app = PackagedApp.start(args, Map.of(), PackagedApp.logFile("crash-pg-restart"))) {
				app.login("admin", PASSWORD);
				Set<String> stored = stored(schema.url(), PostgresSchema.USER, PostgresSchema.PASSWORD);
				assertThat(missing(acknowledged, stored)).as("acknowledged saves missing of %d", acknowledged.size())
					.isEmpty();
			}
		}
		finally {
			schema.drop();
		}
	}

	/** Streams saves and kills the application at a random moment; the saves answered. */
	private static Set<String> crashWhileSaving(List<String> args, String name) throws Exception {
		Set<String> acknowledged = java.util.concurrent.ConcurrentHashMap.newKeySet();
		try (PackagedApp app = PackagedApp.start(args, Map.of("PEACETERMS_ADMIN_PASSWORD", PASSWORD),
				PackagedApp.logFile("crash-" + name))) {
			app.login("admin", PASSWORD);
			String csrf = app.csrf("/admin/statements/new");
			AtomicBoolean killed = new AtomicBoolean();
			Thread writer = new Thread(() -> {
				String run = UUID.randomUUID().toString().substring(0, 8);
				for (int i = 0; !killed.get(); i++) {
					String text = "crash-test " + run + " " + i;
					try {
						HttpResponse<String> response = app.post("/admin/statements/new",
								PackagedApp.newStatementForm(text), csrf);
						String location = response.headers().firstValue("Location").orElse("");
						if (response.statusCode() == 302 && location.matches(".*/admin/statements/\\d+")) {
							acknowledged.add(text);
						}
					}
					catch (Exception ex) {
						// The application died under this request: not acknowledged.
					}
				}
			});
			writer.start();
			// Let a stream of saves build up, then kill at a random point of it.
			while (acknowledged.size() < 30) {
				Thread.sleep(50);
			}
			Thread.sleep(ThreadLocalRandom.current().nextLong(200, 3000));
			app.kill();
			killed.set(true);
			writer.join(60_000);
		}
		assertThat(acknowledged).as("saves acknowledged before the kill").hasSizeGreaterThanOrEqualTo(30);
		return new HashSet<>(acknowledged);
	}

	private static Set<String> stored(String url, String user, String password) throws Exception {
		Set<String> texts = new HashSet<>();
		try (Connection connection = DriverManager.getConnection(url, user, password);
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("select text from statement where text like 'crash-test %'")) {
			while (rows.next()) {
				texts.add(rows.getString(1));
			}
		}
		return texts;
	}

	private static Set<String> missing(Set<String> acknowledged, Set<String> stored) {
		Set<String> missing = new HashSet<>(acknowledged);
		missing.removeAll(stored);
		return missing;
	}

}
