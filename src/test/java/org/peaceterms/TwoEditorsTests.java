package org.peaceterms;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Two editors saving the same record, and creating records with the same address, at the
 * same instant for many rounds on H2: no server error, no silently lost update, every
 * loser gets the conflict page or a message at the field ({@link TwoEditorsRace}).
 */
@DirtiesContext
@SpringBootTest
@AutoConfigureMockMvc
class TwoEditorsTests {

	static final int ROUNDS = 60;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void racingEditorsGetConflictsNeverErrorsOrLostUpdates() throws Exception {
		TwoEditorsRace.Outcome outcome = TwoEditorsRace.run(this.mvc, this.jdbc, ROUNDS);
		assertThat(outcome.serverErrors()).as("5xx in %s", outcome).isZero();
		assertThat(outcome.lostUpdates()).as("lost updates in %s", outcome).isZero();
		assertThat(outcome.unexplainedCreateRefusals()).as("refusals without a message in %s", outcome).isZero();
		assertThat(outcome.saved()).as("saves in %s", outcome).isGreaterThanOrEqualTo(ROUNDS);
	}

}
