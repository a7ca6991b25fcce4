package org.peaceterms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Holds the shipped data ({@code db/seed}, versions 1.1 to 1.5 and the re-audit 21 to 25)
 * to the five seed articles it was extracted from: the European six-point statement
 * clause by clause, the key figures with their ranges and hedges, a dated and sourced
 * troop stance with evidence for every country the articles report on, Germany's move
 * away from "not now", the attribution of the Chancellor's words across the change of
 * office holder, and the rule that no provision, commitment, position, proposal or event
 * stands without a source.
 * <p>
 * Plain SQL over a database that Flyway migrates (schema and shipped data, H2 in memory),
 * without the application, so the checks hold whatever the entities look like.
 * {@link ShippedEvidenceTests} holds every excerpt to its article.
 */
class SeedDataTest {

	private static final String EUROPEAN_STATEMENT = "european-statement-2025-12-15";

	private static final String US_PACKAGE = "us-security-package-2025-12";

	private static JdbcTemplate shared;

	private final JdbcTemplate jdbc = shared;

	@BeforeAll
	static void migrate() {
		String url = "jdbc:h2:mem:seed" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
		Flyway.configure()
			.dataSource(url, "sa", "")
			.locations("classpath:db/migration", "classpath:db/seed")
			.load()
			.migrate();
		shared = new JdbcTemplate(new SingleConnectionDataSource(url, "sa", "", true));
	}

	@Test
	void europeanStatementHasExactlySixProvisionsNumberedOneToSixInTheArticlesOrderAndTopics() {
		List<Map<String, Object>> rows = this.jdbc.queryForList("""
				select pv.number, t.slug from provision pv
				join proposal p on p.id = pv.proposal_id join topic t on t.id = pv.topic_id
				where p.slug = ? order by pv.number""", EUROPEAN_STATEMENT);
		assertThat(rows).extracting((row) -> ((Number) row.get("number")).intValue(), (row) -> row.get("slug"))
			.containsExactly(tuple(1, "ukraine-army-size"), tuple(2, "multinational-force"),
					tuple(3, "ceasefire-monitoring"), tuple(4, "security-guarantee"),
					tuple(5, "reconstruction-frozen-assets"), tuple(6, "eu-accession"));
	}

	@Test
	void europeanStatementIsAJointStatementSignedByTheThreeCountriesTheArticlesName() {
		assertThat(
				this.jdbc.queryForObject("select kind from proposal where slug = ?", String.class, EUROPEAN_STATEMENT))
			.isEqualTo("JOINT_STATEMENT");
		List<String> signatories = this.jdbc.queryForList("""
				select a.slug from endorsement e join proposal p on p.id = e.proposal_id
				join actor a on a.id = e.actor_id where p.slug = ? and e.kind = 'SIGNED' order by a.slug""",
				String.class, EUROPEAN_STATEMENT);
		assertThat(signatories).containsExactly("france", "germany", "united-kingdom");
		assertThat(this.jdbc.queryForObject("select summary from proposal where slug = ?", String.class,
				EUROPEAN_STATEMENT))
			.contains("eight other European nations");
	}

	@Test
	void usPackageIsNotPublicAndCarriesTheArmyOf800000AndNoUsGroundTroops() {
		assertThat(
				this.jdbc.queryForObject("select text_public from proposal where slug = ?", Boolean.class, US_PACKAGE))
			.isFalse();
		Map<String, Object> army = this.jdbc.queryForMap("""
				select pv.figure_min, pv.figure_max from provision pv join proposal p on p.id = pv.proposal_id
				join topic t on t.id = pv.topic_id where p.slug = ? and t.slug = 'ukraine-army-size'
				and pv.figure_max is not null""", US_PACKAGE);
		assertThat(decimal(army.get("figure_min"))).isEqualByComparingTo("800000");
		assertThat(decimal(army.get("figure_max"))).isEqualByComparingTo("800000");
		assertThat(this.jdbc.queryForList("""
				select pv.text from provision pv join proposal p on p.id = pv.proposal_id
				join topic t on t.id = pv.topic_id where p.slug = ? and t.slug = 'multinational-force'""", String.class,
				US_PACKAGE))
			.anySatisfy((text) -> assertThat(text).contains("No U.S. troops"));
	}

	@Test
	void europeanStatementCapsTheArmyAtUpTo800000WithoutAMinimum() {
		Map<String, Object> first = this.jdbc.queryForMap("""
				select pv.figure_min, pv.figure_max, pv.figure_text from provision pv
				join proposal p on p.id = pv.proposal_id where p.slug = ? and pv.number = 1""", EUROPEAN_STATEMENT);
		assertThat(first.get("figure_min")).isNull();
		assertThat(decimal(first.get("figure_max"))).isEqualByComparingTo("800000");
		assertThat(first.get("figure_text")).isEqualTo("up to 800,000");
	}

	@Test
	void zelenskysAskOf100000To150000TroopsIsKeptAsARange() {
		assertThat(commitments("ukraine", "ASK", "TROOPS")).anySatisfy((row) -> {
			assertThat(decimal(row.get("amount_min"))).isEqualByComparingTo("100000");
			assertThat(decimal(row.get("amount_max"))).isEqualByComparingTo("150000");
		});
	}

	@Test
	void franceCouldCommitNearly10000TroopsWhichIsAMaximumNotAPoint() {
		assertThat(commitments("france", "ESTIMATE", "TROOPS")).anySatisfy((row) -> {
			assertThat(row.get("amount_min")).isNull();
			assertThat(decimal(row.get("amount_max"))).isEqualByComparingTo("10000");
			assertThat(row.get("amount_text")).isEqualTo("nearly 10,000");
		});
	}

	@Test
	void mediaSpeculationOf30000To40000AndTheWashingtonPostsUpwardsOf30000AreSeparateEstimates() {
		List<Map<String, Object>> estimates = commitments("european-leaders", "ESTIMATE", "TROOPS");
		assertThat(estimates).anySatisfy((row) -> {
			assertThat(decimal(row.get("amount_min"))).isEqualByComparingTo("30000");
			assertThat(decimal(row.get("amount_max"))).isEqualByComparingTo("40000");
		});
		assertThat(estimates).anySatisfy((row) -> {
			assertThat(decimal(row.get("amount_min"))).isEqualByComparingTo("30000");
			assertThat(row.get("amount_max")).isNull();
			assertThat(row.get("amount_text")).isEqualTo("upwards of 30,000");
		});
		assertThat(estimates).anySatisfy((row) -> assertThat(row.get("amount_text")).isEqualTo("tens of thousands"));
	}

	@Test
	void ukMilitaryAidIsThreeBillionPoundsAYearThroughAtLeast2030() {
		assertThat(commitments("united-kingdom", "PLEDGE", "MONEY")).anySatisfy((row) -> {
			assertThat(decimal(row.get("amount_min"))).isEqualByComparingTo("3000000000");
			assertThat(decimal(row.get("amount_max"))).isEqualByComparingTo("3000000000");
			assertThat(row.get("amount_unit")).isEqualTo("GBP");
			assertThat(row.get("amount_period")).isEqualTo("per year, through at least 2030");
		});
	}

	@Test
	void everyRangeHasItsMinimumAtMostItsMaximum() {
		assertThat(count("select count(*) from provision where figure_min > figure_max")).isZero();
		assertThat(count("select count(*) from commitment where amount_min > amount_max")).isZero();
	}

	@Test
	void everyTroopStanceCountryHasADatedSourcedPositionWithEvidence() {
		// Italy is not in the list: the articles report no Italian stance, only an
		// outlet's note
		// that Italian forces face constitutional restrictions (docs/seed-data.md).
		for (String iso : List.of("GB", "FR", "DE", "PL", "ES", "SE", "NL", "US")) {
			int positions = count("""
					select count(*) from actor_position p join actor a on a.id = p.actor_id
					join topic t on t.id = p.topic_id
					where a.iso_code = ? and t.slug = 'multinational-force'
					and p.valid_from is not null and p.source_id is not null
					and exists (select 1 from position_evidence e where e.position_id = p.id)""", iso);
			assertThat(positions).as("troop positions of %s", iso).isPositive();
		}
	}

	@Test
	void everyPositionRestsOnAtLeastOneStatement() {
		assertThat(count("""
				select count(*) from actor_position p
				where not exists (select 1 from position_evidence e where e.position_id = p.id)""")).isZero();
	}

	@Test
	void everyStanceIsALevelOfItsTopicsLadder() {
		assertThat(count("""
				select count(*) from actor_position p join topic t on t.id = p.topic_id
				where (t.ladder = 'TROOPS' and p.stance not in
				  ('RULES_OUT', 'NOT_NOW', 'OPEN', 'NON_GROUND', 'WILLING', 'QUANTIFIED', 'LEADING'))
				or (t.ladder = 'GENERAL' and p.stance not in
				  ('OPPOSES', 'SCEPTICAL', 'UNDECIDED', 'CONDITIONAL', 'SUPPORTS'))""")).isZero();
	}

	@Test
	void noProvisionCommitmentPositionProposalOrEventIsWithoutASource() {
		assertThat(count("""
				select count(*) from provision x
				where not exists (select 1 from provision_source s where s.provision_id = x.id)""")).isZero();
		assertThat(count("""
				select count(*) from commitment x
				where not exists (select 1 from commitment_source s where s.commitment_id = x.id)""")).isZero();
		assertThat(count("""
				select count(*) from proposal x
				where not exists (select 1 from proposal_source s where s.proposal_id = x.id)""")).isZero();
		assertThat(count("""
				select count(*) from event x
				where not exists (select 1 from event_source s where s.event_id = x.id)""")).isZero();
		assertThat(count("select count(*) from actor_position where source_id is null")).isZero();
	}

	@Test
	void everySourceIsOneOfTheFiveArticlesWithThePublishedDateItsEvidenceSupports() {
		List<Map<String, Object>> sources = this.jdbc
			.queryForList("select slug, outlet, published_on from source where id < 10000 order by id");
		assertThat(sources)
			.extracting((row) -> row.get("slug"), (row) -> row.get("outlet"), (row) -> date(row.get("published_on")))
			.containsExactly(tuple("news-2025-12-16-europe-ready-to-send-troops", null, LocalDate.of(2025, 12, 16)),
					tuple("rksnews-2025-09-01-peacekeeping-mission-plans", "RksNews", LocalDate.of(2025, 9, 1)),
					tuple("news-2025-02-14-european-troop-plan", null, LocalDate.of(2025, 2, 14)),
					tuple("warzone-2025-02-17-europe-troops", "The War Zone", LocalDate.of(2025, 2, 17)),
					tuple("news-2025-12-16-berlin-talks-six-point-statement", null, LocalDate.of(2025, 12, 16)));
		assertThat(count("select count(*) from source where id < 10000 and (date_note is null or date_note = '')"))
			.isZero();
	}

	@Test
	void noStatementIsDatedAfterTheArticleThatReportsIt() {
		assertThat(count("""
				select count(*) from statement s join source so on so.id = s.source_id
				where s.said_on > so.published_on""")).isZero();
	}

	@Test
	void germanysTroopStanceIsNotNowInFebruary2025AndChangesLater() {
		List<Map<String, Object>> stances = this.jdbc.queryForList("""
				select p.stance, p.valid_from from actor_position p join actor a on a.id = p.actor_id
				join topic t on t.id = p.topic_id where a.slug = 'germany' and t.slug = 'multinational-force'
				order by p.valid_from""");
		assertThat(stances).hasSizeGreaterThanOrEqualTo(2);
		assertThat(stances.get(0).get("stance")).isEqualTo("NOT_NOW");
		LocalDate first = date(stances.get(0).get("valid_from"));
		assertThat(first).isBetween(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 2, 28));
		assertThat(stances.get(stances.size() - 1).get("stance")).isNotEqualTo("NOT_NOW");
	}

	@Test
	void scholzSpeaksForGermanyAndKeepsThatAttributionAfterMerzTakesOver() {
		assertThat(this.jdbc.queryForList("""
				select b.slug from statement s join actor sp on sp.id = s.speaker_id
				left join actor b on b.id = s.on_behalf_of_id where sp.slug = 'olaf-scholz'""", String.class))
			.isNotEmpty()
			.containsOnly("germany");
		assertThat(this.jdbc.queryForList("""
				select b.slug from statement s join actor sp on sp.id = s.speaker_id
				left join actor b on b.id = s.on_behalf_of_id where sp.slug = 'friedrich-merz'""", String.class))
			.isNotEmpty()
			.containsOnly("germany");
		assertThat(this.jdbc.queryForList("""
				select o.title from office o join actor a on a.id = o.person_id
				where a.slug in ('olaf-scholz', 'friedrich-merz')""", String.class))
			.containsExactly("Chancellor of Germany", "Chancellor of Germany");
	}

	@Test
	void starmersOfferOfTroopsIsQuotedVerbatimFromTheTelegraph() {
		assertThat(this.jdbc.queryForList("""
				select s.text from statement s join actor a on a.id = s.speaker_id
				where a.slug = 'keir-starmer' and s.attribution = 'SAID' and s.according_to = 'The Telegraph'""",
				String.class))
			.anySatisfy((text) -> assertThat(text).contains("putting our own troops on the ground if necessary"));
	}

	private List<Map<String, Object>> commitments(String actorSlug, String basis, String kind) {
		return this.jdbc.queryForList("""
				select c.amount_min, c.amount_max, c.amount_unit, c.amount_period, c.amount_text
				from commitment c join actor a on a.id = c.actor_id
				where a.slug = ? and c.basis = ? and c.kind = ?""", actorSlug, basis, kind);
	}

	private int count(String sql, Object... args) {
		Integer count = this.jdbc.queryForObject(sql, Integer.class, args);
		return (count != null) ? count : 0;
	}

	private static BigDecimal decimal(Object value) {
		return (BigDecimal) value;
	}

	private static LocalDate date(Object value) {
		return (value instanceof java.sql.Date sqlDate) ? sqlDate.toLocalDate() : (LocalDate) value;
	}

}
