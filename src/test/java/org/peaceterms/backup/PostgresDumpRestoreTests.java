package org.peaceterms.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.peaceterms.PostgresSchema;
import org.peaceterms.TestEnvironment;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * The PostgreSQL backup path of docs/operations.md, run for real: {@code pg_dump} of a
 * running instance's schema (after an edit), {@code pg_restore} into a new database, and
 * every table comes back with the same rows. Needs {@code PEACETERMS_TEST_POSTGRES_URL}
 * and the PostgreSQL client programs (skipped without them; failed under
 * {@code CI=true}).
 */
@SpringBootTest
@AutoConfigureMockMvc
class PostgresDumpRestoreTests {

	private static final PostgresSchema SCHEMA = new PostgresSchema();

	@Autowired
	private MockMvc mvc;

	@BeforeAll
	static void requirePostgres() {
		PostgresSchema.require();
		TestEnvironment.require(new File("/usr/bin/pg_dump").canExecute() || onPath("pg_dump"),
				"pg_dump and pg_restore are not installed");
	}

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		SCHEMA.register(registry);
	}

	@AfterAll
	static void dropSchema() throws SQLException {
		SCHEMA.drop();
	}

	@Test
	void pgDumpAndPgRestoreReproduceEveryTable() throws Exception {
		this.mvc
			.perform(MockMvcRequestBuilders.post("/admin/statements/new")
				.param("speaker", "Keir Starmer")
				.param("saidOn", "2025-12-20")
				.param("text", "Dumped and restored.")
				.param("attribution", "SAID")
				.param("sourceId", "1")
				.param("topicIds", "2")
				.param("action", "save")
				.with(user("anna").roles("EDITOR"))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		java.net.URI uri = java.net.URI.create(PostgresSchema.URL.substring("jdbc:".length()));
		String host = uri.getHost();
		String port = String.valueOf((uri.getPort() > 0) ? uri.getPort() : 5432);
		String database = uri.getPath().substring(1);
		Path dump = Files.createTempFile("peaceterms", ".dump");
		run("pg_dump", "--format=custom", "--host=" + host, "--port=" + port, "--username=" + PostgresSchema.USER,
				"--schema=" + SCHEMA.name(), "--file=" + dump, database);
		String restored = "pt_restore_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
		try (Connection admin = DriverManager.getConnection(PostgresSchema.URL, PostgresSchema.USER,
				PostgresSchema.PASSWORD); Statement statement = admin.createStatement()) {
			statement.execute("create database " + restored);
		}
		try {
			run("pg_restore", "--host=" + host, "--port=" + port, "--username=" + PostgresSchema.USER,
					"--dbname=" + restored, "--no-owner", dump.toString());
			String restoredUrl = PostgresSchema.URL.replace("/" + database, "/" + restored) + "?currentSchema="
					+ SCHEMA.name();
			Map<String, Long> original = counts(SCHEMA.url());
			Map<String, Long> copy = counts(restoredUrl);
			assertThat(original).containsKeys("statement", "statement_aud", "revision", "app_user");
			assertThat(copy).isEqualTo(original);
			try (Connection connection = DriverManager.getConnection(restoredUrl, PostgresSchema.USER,
					PostgresSchema.PASSWORD);
					Statement statement = connection.createStatement();
					ResultSet found = statement
						.executeQuery("select count(*) from statement where text = 'Dumped and restored.'")) {
				found.next();
				assertThat(found.getLong(1)).isEqualTo(1);
			}
		}
		finally {
			try (Connection admin = DriverManager.getConnection(PostgresSchema.URL, PostgresSchema.USER,
					PostgresSchema.PASSWORD); Statement statement = admin.createStatement()) {
				statement.execute("drop database if exists " + restored);
			}
			Files.deleteIfExists(dump);
		}
	}

	private static Map<String, Long> counts(String url) throws SQLException {
		Map<String, Long> counts = new LinkedHashMap<>();
		try (Connection connection = DriverManager.getConnection(url, PostgresSchema.USER, PostgresSchema.PASSWORD)) {
			try (ResultSet tables = connection.getMetaData()
				.getTables(null, connection.getSchema(), "%", new String[] { "TABLE" })) {
				while (tables.next()) {
					String table = tables.getString("TABLE_NAME");
					try (Statement statement = connection.createStatement();
							ResultSet count = statement.executeQuery("select count(*) from " + table)) {
						count.next();
						counts.put(table, count.getLong(1));
					}
				}
			}
		}
		return counts;
	}

	private static void run(String... command) throws Exception {
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		if (!PostgresSchema.PASSWORD.isEmpty()) {
			builder.environment().put("PGPASSWORD", PostgresSchema.PASSWORD);
		}
		Process process = builder.start();
		String output = new String(process.getInputStream().readAllBytes());
		assertThat(process.waitFor()).as(String.join(" ", command) + ": " + output).isZero();
	}

	private static boolean onPath(String program) {
		String path = System.getenv("PATH");
		return path != null && java.util.Arrays.stream(path.split(File.pathSeparator))
			.anyMatch((dir) -> new File(dir, program).canExecute());
	}

}
