package org.peaceterms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
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
 * The server and the schema: {@link PostgresSchema}.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PostgresMigrationTests {

	@RegisterExtension
	static final PostgresSchema postgres = new PostgresSchema("ptt_");

	private static final String SCHEMA = postgres.name();

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private SourceRepository sources;

	@Autowired
	private MockMvc mvc;

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		postgres.register(registry);
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
		for (String hostile : new String[] { "%", "_", "!", "\\", "'; drop table statement; --" }) {
			this.mvc.perform(get("/statements").param("q", hostile)).andExpect(status().isOk());
		}
		// A control character is refused with a 400 before it reaches the database.
		this.mvc.perform(get("/statements").param("q", "a\u0000b")).andExpect(status().isBadRequest());
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

}
