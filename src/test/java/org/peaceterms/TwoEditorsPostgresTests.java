package org.peaceterms;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * {@link TwoEditorsTests} on PostgreSQL (a fresh schema of
 * {@code PEACETERMS_TEST_POSTGRES_URL}; skipped without it, failed under
 * {@code CI=true}).
 */
@SpringBootTest
@AutoConfigureMockMvc
class TwoEditorsPostgresTests {

	private static final PostgresSchema SCHEMA = new PostgresSchema();

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@BeforeAll
	static void requirePostgres() {
		PostgresSchema.require();
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
	void racingEditorsGetConflictsNeverErrorsOrLostUpdates() throws Exception {
		TwoEditorsRace.Outcome outcome = TwoEditorsRace.run(this.mvc, this.jdbc, TwoEditorsTests.ROUNDS);
		assertThat(outcome.serverErrors()).as("5xx in %s", outcome).isZero();
		assertThat(outcome.lostUpdates()).as("lost updates in %s", outcome).isZero();
		assertThat(outcome.unexplainedCreateRefusals()).as("refusals without a message in %s", outcome).isZero();
		assertThat(outcome.saved()).as("saves in %s", outcome).isGreaterThanOrEqualTo(TwoEditorsTests.ROUNDS);
	}

}
