package org.peaceterms.commitment;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import java.util.List;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.peaceterms.bench.DataGenerator;
import org.peaceterms.shared.AsOf;
import org.peaceterms.shared.Figure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The force tally the database counts and adds up ({@link CommitmentService#tally(AsOf)},
 * on the overview) is the tally of every troop commitment on record
 * ({@link ForceTally#of}, as the commitments page makes it from the list it loads): on
 * the shipped data, where every kind is listed whole, and on generated data with hundreds
 * of each (pledges with and without a number, open upper ends, withdrawn records), where
 * only the newest are read. The same tests run on PostgreSQL
 * ({@link ForceTallyPostgresTests}).
 */
@DataJpaTest(properties = "spring.jpa.properties.hibernate.generate_statistics=true")
@Import(CommitmentService.class)
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@DirtiesContext
class ForceTallyTests {

	private static final List<LocalDate> DATES = List.of(LocalDate.of(2025, 2, 15), LocalDate.of(2025, 3, 1),
			LocalDate.of(2025, 12, 16), LocalDate.of(2026, 6, 30), LocalDate.of(2099, 12, 31));

	@Autowired
	private CommitmentService service;

	@Autowired
	private CommitmentRepository commitments;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private EntityManagerFactory entityManagers;

	@Test
	void theDatabaseTallyIsTheTallyOfEveryCommitmentAndReadsOnlyWhatItLists() {
		for (LocalDate date : DATES) {
			assertSameTally(date);
		}
		ForceTally shipped = this.service.tally(new AsOf(LocalDate.of(2099, 12, 31)));
		assertThat(shipped.unnumberedPledges().count()).as("the shipped pledges without a number").isPositive();
		assertThat(shipped.pledges().getMore()).isZero();

		DataGenerator.generate(this.jdbc, 10_000, 20251218L);
		// Pledges without a number (more than the overview names), figures without an
		// upper end, a withdrawn commitment and a retired actor.
		this.jdbc.update("update commitment set amount_min = null, amount_max = null, amount_text = 'troops'"
				+ " where kind = 'TROOPS' and basis = 'PLEDGE' and mod(id, 5) = 0");
		this.jdbc.update("update commitment set amount_max = null where kind = 'TROOPS' and mod(id, 7) = 0");
		// Many made on the same (latest) day: which of them are the newest is decided by
		// actor name, actor and record, as in the list.
		this.jdbc.update("update commitment set made_on = (select max(made_on) from commitment where kind = 'TROOPS')"
				+ " where kind = 'TROOPS' and mod(id, 2) = 0");
		this.jdbc.update("update commitment set retired = true where kind = 'TROOPS' and mod(id, 11) = 0");
		this.jdbc.update("update actor set retired = true where id = (select max(actor_id) from commitment"
				+ " where kind = 'TROOPS')");
		for (LocalDate date : DATES) {
			assertSameTally(date);
		}

		Statistics statistics = this.entityManagers.unwrap(SessionFactory.class).getStatistics();
		statistics.clear();
		ForceTally generated = this.service.tally(new AsOf(LocalDate.of(2099, 12, 31)));
		assertThat(generated.pledges().count()).as("generated pledges").isGreaterThan(3L * ForceTally.LISTED);
		assertThat(generated.asks().count()).isGreaterThan(ForceTally.LISTED);
		assertThat(generated.estimates().count()).isGreaterThan(ForceTally.LISTED);
		assertThat(generated.unnumberedPledges().count()).isGreaterThan(ForceTally.NAMED);
		assertThat(generated.pledges().listed()).hasSize(ForceTally.LISTED);
		assertThat(generated.unnumberedPledges().listed()).hasSize(ForceTally.NAMED);
		assertThat(statistics.getEntityStatistics(Commitment.class.getName()).getLoadCount())
			.as("commitments read: only those listed")
			.isLessThanOrEqualTo(3L * ForceTally.LISTED + ForceTally.NAMED);
		assertThat(statistics.getPrepareStatementCount()).as("statements: sums, listed, sources").isEqualTo(3);
	}

	private void assertSameTally(LocalDate date) {
		ForceTally expected = ForceTally.of(this.commitments.findUpTo(date));
		ForceTally actual = this.service.tally(new AsOf(date));
		assertSameGroup(date + " pledges", actual.pledges(), expected.pledges());
		assertSameGroup(date + " asks", actual.asks(), expected.asks());
		assertSameGroup(date + " estimates", actual.estimates(), expected.estimates());
		assertSameGroup(date + " unnumbered pledges", actual.unnumberedPledges(), expected.unnumberedPledges());
		assertThat(range(actual.pledgedTotal())).as(date + " pledged total").isEqualTo(range(expected.pledgedTotal()));
		assertThat(ids(actual.getHeadlineAsks())).as(date + " headline asks")
			.isEqualTo(ids(expected.getHeadlineAsks()));
		assertThat(actual.getHeadlineAsksLeftOut()).isEqualTo(expected.getHeadlineAsksLeftOut());
	}

	private static void assertSameGroup(String what, ForceTally.Group actual, ForceTally.Group expected) {
		assertThat(actual.count()).as(what + ": count").isEqualTo(expected.count());
		assertThat(actual.numbered()).as(what + ": with a number").isEqualTo(expected.numbered());
		assertThat(ids(actual.listed())).as(what + ": listed, in order").isEqualTo(ids(expected.listed()));
	}

	private static List<Long> ids(List<Commitment> commitments) {
		return commitments.stream().map(Commitment::getId).toList();
	}

	private static @Nullable String range(@Nullable Figure figure) {
		return (figure != null) ? figure.getRange() + " [" + figure.getMin() + ", " + figure.getMax() + "]" : null;
	}

}
