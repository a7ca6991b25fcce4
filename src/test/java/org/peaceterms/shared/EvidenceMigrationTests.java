package org.peaceterms.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.peaceterms.TestEnvironment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The evidence migration (V20) on a database that editors have already used: the schema
 * and shipped data are migrated to V11, editors' statements are added (a verbatim quote
 * "reported via" an outlet and a paraphrase, each with its audit history), then the rest
 * of the migrations run. Verbatim becomes SAID, the rest PARAPHRASED, "reported via"
 * moves to "according to", dates are exact to the day, and the history rows are kept.
 * Runs on H2 always and on PostgreSQL when {@code PEACETERMS_TEST_POSTGRES_URL} is set.
 */
class EvidenceMigrationTests {

	private static final String POSTGRES_URL = System.getenv("PEACETERMS_TEST_POSTGRES_URL");

	@Test
	void editorsStatementsMigrateOnH2() {
		DriverManagerDataSource dataSource = new DriverManagerDataSource(
				"jdbc:h2:mem:evidence-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
		migrateWithEditorData(dataSource, null);
	}

	@Test
	void editorsStatementsMigrateOnPostgres() throws SQLException {
		TestEnvironment.require(POSTGRES_URL != null && !POSTGRES_URL.isBlank(),
				"PEACETERMS_TEST_POSTGRES_URL is not set (e.g. jdbc:postgresql://127.0.0.1:5432/test)");
		String user = envOr("PEACETERMS_TEST_POSTGRES_USER", "postgres");
		String password = envOr("PEACETERMS_TEST_POSTGRES_PASSWORD", "");
		String schema = "ev_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		String separator = POSTGRES_URL.contains("?") ? "&" : "?";
		DriverManagerDataSource dataSource = new DriverManagerDataSource(
				POSTGRES_URL + separator + "currentSchema=" + schema, user, password);
		try {
			migrateWithEditorData(dataSource, schema);
		}
		finally {
			try (Connection connection = DriverManager.getConnection(POSTGRES_URL, user, password);
					java.sql.Statement statement = connection.createStatement()) {
				statement.execute("drop schema if exists " + schema + " cascade");
			}
		}
	}

	private void migrateWithEditorData(DataSource dataSource, String schema) {
		flyway(dataSource, schema).target("11").load().migrate();
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		long speaker = jdbc.queryForObject("select min(id) from actor where kind = 'PERSON'", Long.class);
		long source = jdbc.queryForObject("select min(id) from source", Long.class);
		jdbc.update("insert into revision (id, created_at, username) values (900001, 1735000000000, 'editor')");
		jdbc.update("insert into revision (id, created_at, username) values (900002, 1735000100000, 'editor')");
		jdbc.update(
				"""
						insert into statement (id, speaker_id, said_on, text, verbatim, source_id, reported_via, retired, version)
						values (900001, ?, date '2025-03-02', 'We are ready to lead.', true, ?, 'The Telegraph', false, 1)
						""",
				speaker, source);
		jdbc.update("""
				insert into statement (id, speaker_id, said_on, text, verbatim, source_id, retired, version)
				values (900002, ?, date '2025-03-03', 'He said they were not ready yet.', false, ?, false, 0)
				""", speaker, source);
		jdbc.update("""
				insert into statement_aud (id, rev, revtype, speaker_id, said_on, text, verbatim, source_id,
				    reported_via, retired)
				values (900001, 900001, 0, ?, date '2025-03-02', 'We are ready.', true, ?, 'The Telegraph', false)
				""", speaker, source);
		jdbc.update(
				"""
						insert into statement_aud (id, rev, revtype, speaker_id, said_on, text, verbatim, source_id,
						    reported_via, retired)
						values (900001, 900002, 1, ?, date '2025-03-02', 'We are ready to lead.', true, ?, 'The Telegraph', false)
						""",
				speaker, source);
		jdbc.update("""
				insert into statement_aud (id, rev, revtype, speaker_id, said_on, text, verbatim, source_id, retired)
				values (900002, 900001, 0, ?, date '2025-03-03', 'He said they were not ready yet.', false, ?, false)
				""", speaker, source);

		flyway(dataSource, schema).load().migrate();

		Map<String, Object> quote = jdbc.queryForMap("select * from statement where id = 900001");
		assertThat(quote).containsEntry("attribution", "SAID")
			.containsEntry("according_to", "The Telegraph")
			.containsEntry("date_precision", "DAY")
			.containsEntry("date_qualifier", "EXACT")
			.containsEntry("confidence", "SINGLE_SOURCE")
			.containsEntry("text", "We are ready to lead.");
		assertThat(quote.get("speaker_label")).isNull();
		assertThat(quote).doesNotContainKeys("verbatim", "reported_via", "VERBATIM", "REPORTED_VIA");
		Map<String, Object> paraphrase = jdbc.queryForMap("select * from statement where id = 900002");
		assertThat(paraphrase).containsEntry("attribution", "PARAPHRASED")
			.containsEntry("date_precision", "DAY")
			.containsEntry("date_qualifier", "EXACT");
		assertThat(paraphrase.get("according_to")).isNull();

		List<Map<String, Object>> history = jdbc
			.queryForList("select rev, revtype, text, attribution, according_to, date_precision, date_qualifier"
					+ " from statement_aud where id = 900001 order by rev");
		assertThat(history).hasSize(2);
		assertThat(history).allSatisfy((row) -> assertThat(row).containsEntry("attribution", "SAID")
			.containsEntry("according_to", "The Telegraph")
			.containsEntry("date_precision", "DAY")
			.containsEntry("date_qualifier", "EXACT"));
		assertThat(history.get(0)).containsEntry("text", "We are ready.");
		assertThat(history.get(1)).containsEntry("text", "We are ready to lead.");
		assertThat(jdbc.queryForObject("select attribution from statement_aud where id = 900002", String.class))
			.isEqualTo("PARAPHRASED");
		assertThat(jdbc.queryForObject("select username from revision where id = 900002", String.class))
			.isEqualTo("editor");
		// Every provision keeps its topic as one of its topics.
		assertThat(jdbc.queryForObject(
				"select count(*) from provision p where not exists (select 1 from"
						+ " provision_topic pt where pt.provision_id = p.id and pt.topic_id = p.topic_id)",
				Integer.class))
			.isZero();
	}

	private static org.flywaydb.core.api.configuration.FluentConfiguration flyway(DataSource dataSource,
			String schema) {
		var configuration = Flyway.configure()
			.dataSource(dataSource)
			.locations("classpath:db/migration", "classpath:db/seed");
		return (schema != null) ? configuration.schemas(schema) : configuration;
	}

	private static String envOr(String name, String fallback) {
		String value = System.getenv(name);
		return (value != null && !value.isBlank()) ? value : fallback;
	}

}
