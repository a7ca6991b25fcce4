package org.peaceterms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.peaceterms.TestEnvironment;
import org.peaceterms.source.Reliability;
import org.peaceterms.source.Source;
import org.peaceterms.source.SourceKind;
import org.peaceterms.source.SourceRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Runs every migration (schema and shipped data) on a real PostgreSQL, in a fresh schema,
 * then starts the application on it: Hibernate validates every entity against the schema,
 * the shipped data is queried, a page is rendered and an audited write is made.
 * <p>
 * The JDBC URL comes from {@code PEACETERMS_TEST_POSTGRES_URL} (user and password from
 * {@code PEACETERMS_TEST_POSTGRES_USER}/{@code _PASSWORD}, default {@code postgres} with
 * no password). Without it, or with the server unreachable, the test skips; with
 * {@code CI=true} it fails.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PostgresMigrationTests {

	private static final String SCHEMA = "ptt_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

	private static final String URL = System.getenv("PEACETERMS_TEST_POSTGRES_URL");

	private static final String USER = envOr("PEACETERMS_TEST_POSTGRES_USER", "postgres");

	private static final String PASSWORD = envOr("PEACETERMS_TEST_POSTGRES_PASSWORD", "");

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private SourceRepository sources;

	@Autowired
	private MockMvc mvc;

	@BeforeAll
	static void requirePostgres() {
		TestEnvironment.require(URL != null && !URL.isBlank(),
				"PEACETERMS_TEST_POSTGRES_URL is not set (e.g. jdbc:postgresql://127.0.0.1:5432/test)");
		try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD)) {
			TestEnvironment.require(connection.isValid(5), "PostgreSQL at " + URL + " does not answer");
		}
		catch (SQLException ex) {
			TestEnvironment.require(false, "PostgreSQL at " + URL + " is unreachable: " + ex.getMessage());
		}
	}

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		String separator = (URL != null && URL.contains("?")) ? "&" : "?";
		registry.add("spring.datasource.url", () -> URL + separator + "currentSchema=" + SCHEMA);
		registry.add("spring.datasource.username", () -> USER);
		registry.add("spring.datasource.password", () -> PASSWORD);
		registry.add("spring.flyway.schemas", () -> SCHEMA);
	}

	@AfterAll
	static void dropSchema() throws SQLException {
		if (URL == null || URL.isBlank()) {
			return;
		}
		try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD);
				Statement statement = connection.createStatement()) {
			statement.execute("drop schema if exists " + SCHEMA + " cascade");
		}
	}

	@Test
	void everyMigrationRunsOnPostgresAndEntitiesValidate() {
		assertThat(this.jdbc.queryForObject("select current_schema()", String.class)).isEqualTo(SCHEMA);
		assertThat(this.jdbc.queryForObject("select version()", String.class).toLowerCase(Locale.ROOT))
			.contains("postgresql");
		Integer failed = this.jdbc.queryForObject("select count(*) from flyway_schema_history where not success",
				Integer.class);
		Integer applied = this.jdbc.queryForObject(
				"select count(*) from flyway_schema_history where success and version is not null", Integer.class);
		assertThat(failed).isZero();
		assertThat(applied).isGreaterThanOrEqualTo(5);
	}

	@Test
	void shippedDataIsQueryableOnPostgres() {
		Integer provisions = this.jdbc.queryForObject("""
				select count(*) from provision p join proposal pr on pr.id = p.proposal_id
				where pr.slug = 'european-statement-2025-12-15'
				""", Integer.class);
		assertThat(provisions).isEqualTo(6);
	}

	@Test
	void homePageRendersFromPostgres() throws Exception {
		this.mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Germany")));
	}

	@Test
	void browsePagesAndTheStatementSearchRunOnPostgres() throws Exception {
		for (String url : new String[] { "/actors", "/actors/germany", "/actors/olaf-scholz?asOf=2025-03-01",
				"/proposals", "/proposals/us-security-package-2025-12", "/topics", "/topics/multinational-force",
				"/events", "/sources", "/sources/warzone-2025-02-17-europe-troops",
				"/statements?country=germany&topic=multinational-force&from=2025-01-01&to=2025-12-31&page=1" }) {
			this.mvc.perform(get(url)).andExpect(status().isOk());
		}
		this.mvc.perform(get("/statements").param("q", "STILL a long way"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Showing 1\u20131 of 1")));
		for (String hostile : new String[] { "%", "_", "!", "\\", "'; drop table statement; --", "a\u0000b" }) {
			this.mvc.perform(get("/statements").param("q", hostile)).andExpect(status().isOk());
		}
	}

	@Test
	void newRecordsGetIdentityIdsAboveShippedDataAndAnAuditRevision() {
		Source saved = this.sources.saveAndFlush(new Source("pg-check-" + SCHEMA, "Check outlet", "Check title", null,
				LocalDate.of(2025, 12, 16), SourceKind.NEWS, Reliability.SECONDARY));
		assertThat(saved.getId()).isGreaterThanOrEqualTo(10_000L);
		Integer audited = this.jdbc.queryForObject("select count(*) from source_aud where id = ?", Integer.class,
				saved.getId());
		assertThat(audited).isEqualTo(1);
	}

	private static String envOr(String name, String fallback) {
		String value = System.getenv(name);
		return (value != null) ? value : fallback;
	}

}
