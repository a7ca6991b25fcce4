package org.peaceterms.commitment;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.peaceterms.actor.Actor;
import org.peaceterms.actor.ActorRepository;
import org.peaceterms.bench.DataGenerator;
import org.peaceterms.shared.AsOf;
import org.peaceterms.topic.Topic;
import org.peaceterms.topic.TopicRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the commitments page shows by default, read from the database a bounded amount at
 * a time ({@link CommitmentService#listing(CommitmentFilter, AsOf, int, int, int)}), is
 * what it would show if it loaded every commitment on record and picked in memory (as
 * "show all" does): the count, the newest rows, the charts' bars, the groups of figures
 * that disagree and the filters' actors and topics, under every filter, on the shipped
 * data and on generated data with hundreds of commitments (ties on the same day, figures
 * without a number or without an upper end, several currencies, figures that differ only
 * in cents and so read the same, withdrawn records, a retired actor). The same tests run
 * on PostgreSQL ({@link CommitmentListingPostgresTests}).
 */
@DataJpaTest(properties = "spring.jpa.properties.hibernate.generate_statistics=true")
@Import(CommitmentService.class)
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@DirtiesContext
class CommitmentListingTests {

	private static final List<LocalDate> DATES = List.of(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 12, 16),
			LocalDate.of(2099, 12, 31));

	@Autowired
	private CommitmentService service;

	@Autowired
	private CommitmentRepository commitments;

	@Autowired
	private ActorRepository actors;

	@Autowired
	private TopicRepository topics;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private EntityManagerFactory entityManagers;

	@Test
	void theBoundedListingIsTheListingOfEveryCommitmentAndReadsOnlyWhatItShows() {
		assertSameListings();

		DataGenerator.generate(this.jdbc, 40_000, 20251219L);
		// Figures without a number (charted as open at both ends), without an upper end,
		// in another currency or none, and figures that differ only in cents.
		this.jdbc.update("update commitment set amount_min = null, amount_max = null where kind = 'TROOPS'"
				+ " and mod(id, 13) = 0");
		this.jdbc.update("update commitment set amount_max = null where kind = 'TROOPS' and mod(id, 7) = 0");
		this.jdbc.update("update commitment set amount_text = 'several' where kind = 'CAPABILITY' and mod(id, 3) = 0");
		this.jdbc.update("update commitment set amount_text = 'a few' where kind = 'CAPABILITY' and mod(id, 6) = 0");
		this.jdbc.update("update commitment set amount_text = 'about ' || amount_text where mod(id, 5) = 0");
		this.jdbc.update("update commitment set amount_unit = 'USD' where kind = 'MONEY' and mod(id, 4) = 1");
		this.jdbc.update("update commitment set amount_unit = null where kind = 'MONEY' and mod(id, 9) = 2");
		this.jdbc.update("update commitment set amount_min = 5000000 + mod(id, 2) * 0.4,"
				+ " amount_max = 5000000 + mod(id, 2) * 0.4 where kind = 'MONEY' and mod(actor_id, 3) = 0");
		// Many made on the same (latest) day, withdrawn records and a retired actor.
		this.jdbc.update("update commitment set made_on = (select max(made_on) from commitment) where mod(id, 3) = 0");
		this.jdbc.update("update commitment set retired = true where mod(id, 17) = 0");
		this.jdbc.update("update actor set retired = true where id = (select max(actor_id) from commitment)");
		assertSameListings();
		pagesOfGroupsThatOnlySeemToDisagree();

		Statistics statistics = this.entityManagers.unwrap(SessionFactory.class).getStatistics();
		statistics.clear();
		LocalDate until = LocalDate.of(2099, 12, 31);
		CommitmentService.Listing listing = this.service.listing(CommitmentFilter.none(), new AsOf(until),
				CommitmentController.TABLE_ROWS, CommitmentController.CHART_BARS, CommitmentController.CONFLICT_GROUPS);
		long loaded = statistics.getEntityStatistics(Commitment.class.getName()).getLoadCount();
		long statements = statistics.getPrepareStatementCount();
		long onRecord = this.commitments.findUpTo(until).size();
		assertThat(listing.total()).isEqualTo(onRecord).isGreaterThan(600);
		assertThat(listing.rows()).hasSize(CommitmentController.TABLE_ROWS);
		assertThat(listing.charts()).hasSizeGreaterThanOrEqualTo(3)
			.allSatisfy(
					(pair) -> assertThat(pair.wide().bars()).hasSizeLessThanOrEqualTo(CommitmentController.CHART_BARS));
		assertThat(listing.charts()).filteredOn((pair) -> pair.wide().unit().equals("troops"))
			.singleElement()
			.satisfies((pair) -> assertThat(pair.wide().bars()).hasSize(CommitmentController.CHART_BARS));
		assertThat(listing.conflicts()).hasSize(CommitmentController.CONFLICT_GROUPS);
		assertThat(loaded).as("commitments read of %d on record", onRecord).isLessThan(onRecord / 2);
		// The count, the newest rows, the charts, a page of groups and their figures,
		// the actors and the topics.
		assertThat(statements).as("statements").isEqualTo(7);
	}

	/**
	 * One actor's groups, in list order: the first only seems to disagree (cents), so the
	 * database's first page of two groups holds one that does; the next in order is on a
	 * topic of neither group of that page, the one after on a topic of the first: the
	 * listing of two groups must skip that one for the next in order. The last group
	 * disagrees in the wording alone (no number).
	 */
	private void pagesOfGroupsThatOnlySeemToDisagree() {
		long actor = this.jdbc.queryForObject(
				"select min(id) from actor where retired = false" + " and id not in (select actor_id from commitment)",
				Long.class);
		List<Long> topicIds = this.jdbc.queryForList("select id from topic order by id", Long.class);
		long source = this.jdbc.queryForObject(
				"select min(id) from source where published_on <= date '2023-01-01' and retired = false", Long.class);
		long id = this.jdbc.queryForObject("select max(id) from commitment", Long.class) + 1;
		Object[][] rows = { { topicIds.get(0), "MONEY", "PLEDGE", "5000000", "5000000", "2023-01-01", null },
				{ topicIds.get(0), "MONEY", "PLEDGE", "5000000.40", "5000000.40", "2023-01-02", null },
				{ topicIds.get(1), "MONEY", "ASK", "1000000", "1000000", "2023-02-01", null },
				{ topicIds.get(1), "MONEY", "ASK", "2000000", "2000000", "2023-02-02", null },
				{ topicIds.get(2), "MONEY", "ESTIMATE", "1000000", null, "2023-03-01", null },
				{ topicIds.get(2), "MONEY", "ESTIMATE", "1000000", "3000000", "2023-03-02", null },
				{ topicIds.get(0), "TROOPS", "PLEDGE", "500", "500", "2023-04-01", null },
				{ topicIds.get(0), "TROOPS", "PLEDGE", null, null, "2023-04-02", "some" },
				{ topicIds.get(1), "CAPABILITY", "PLEDGE", null, null, "2023-05-01", "several" },
				{ topicIds.get(1), "CAPABILITY", "PLEDGE", null, null, "2023-05-02", "a few" } };
		List<Long> ids = new ArrayList<>();
		for (Object[] row : rows) {
			this.jdbc.update(
					"insert into commitment (id, actor_id, topic_id, kind, basis, status, description,"
							+ " amount_min, amount_max, amount_text, made_on, retired, version)"
							+ " values (?, ?, ?, ?, ?, 'PLEDGED', 'Test', cast(? as decimal(20, 2)),"
							+ " cast(? as decimal(20, 2)), ?, cast(? as date), false, 0)",
					id, actor, row[0], row[1], row[2], row[3], row[4], row[6], row[5]);
			this.jdbc.update("insert into commitment_source (commitment_id, source_id) values (?, ?)", id, source);
			ids.add(id++);
		}
		CommitmentFilter filter = new CommitmentFilter(null, null, this.actors.findById(actor).orElseThrow(), null);
		AsOf asOf = new AsOf(LocalDate.of(2099, 12, 31));
		assertThat(this.service.listing(filter, asOf, 3, 2, 2).conflicts()).map(CommitmentListingTests::ids)
			.containsExactly(ids.subList(2, 4), ids.subList(4, 6));
		assertThat(this.service.listing(filter, asOf, 3, 2, 20).conflicts()).map(CommitmentListingTests::ids)
			.containsExactly(ids.subList(2, 4), ids.subList(4, 6), ids.subList(6, 8), ids.subList(8, 10));
		assertSameListings();
	}

	private void assertSameListings() {
		Actor busiest = this.actors.findById(this.jdbc.queryForObject(
				"select actor_id from commitment group by actor_id order by count(*) desc, actor_id limit 1",
				Long.class))
			.orElseThrow();
		Topic troops = this.topics.findBySlug(Topic.TROOPS_SLUG).orElseThrow();
		List<CommitmentFilter> filters = new ArrayList<>(
				List.of(CommitmentFilter.none(), new CommitmentFilter(CommitmentKind.TROOPS, null, null, null),
						new CommitmentFilter(CommitmentKind.MONEY, null, null, null),
						new CommitmentFilter(null, CommitmentBasis.ASK, null, null),
						new CommitmentFilter(CommitmentKind.TROOPS, CommitmentBasis.PLEDGE, null, null),
						new CommitmentFilter(null, null, busiest, null), new CommitmentFilter(null, null, null, troops),
						new CommitmentFilter(CommitmentKind.POLITICAL, CommitmentBasis.ESTIMATE, busiest, troops)));
		for (LocalDate date : DATES) {
			List<Commitment> all = this.commitments.findUpTo(date);
			for (CommitmentFilter filter : filters) {
				assertSameListing(date + " " + filter, all, filter, date, CommitmentController.TABLE_ROWS,
						CommitmentController.CHART_BARS, CommitmentController.CONFLICT_GROUPS);
				// Small pages: the groups of figures that only seem to disagree fill
				// whole pages of the database's candidates.
				assertSameListing(date + " " + filter + " small", all, filter, date, 3, 2, 2);
			}
		}
	}

	private void assertSameListing(String what, List<Commitment> all, CommitmentFilter filter, LocalDate date, int rows,
			int bars, int groups) {
		CommitmentService.Listing expected = this.service.listing(all, filter, rows, bars, groups);
		CommitmentService.Listing actual = this.service.listing(filter, new AsOf(date), rows, bars, groups);
		assertThat(actual.total()).as(what + ": total").isEqualTo(expected.total());
		assertThat(ids(actual.rows())).as(what + ": rows").isEqualTo(ids(expected.rows()));
		assertThat(actual.charts()).as(what + ": charts").isEqualTo(expected.charts());
		assertThat(actual.conflicts().stream().map(CommitmentListingTests::ids).toList()).as(what + ": conflicts")
			.isEqualTo(expected.conflicts().stream().map(CommitmentListingTests::ids).toList());
		assertThat(actual.actors()).as(what + ": actors").isEqualTo(expected.actors());
		assertThat(actual.topics()).as(what + ": topics").isEqualTo(expected.topics());
	}

	private static List<Long> ids(List<Commitment> commitments) {
		return commitments.stream().map(Commitment::getId).toList();
	}

}
