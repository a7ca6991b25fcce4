package org.peaceterms.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peaceterms.compare.CompareFixtures.ARMY;
import static org.peaceterms.compare.CompareFixtures.figure;
import static org.peaceterms.compare.CompareFixtures.proposal;
import static org.peaceterms.compare.CompareFixtures.provision;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.peaceterms.proposal.Proposal;
import org.peaceterms.proposal.Provision;

/** The default verdict where no editor has set one. */
class RelationRulesTests {

	private final Proposal us = proposal("us", "US package", LocalDate.of(2025, 12, 14));

	private final Proposal eu = proposal("eu", "European statement", LocalDate.of(2025, 12, 15));

	@Test
	void onlyTheLeftSideAddressingATopicIsOnlyLeftNamingIt() {
		Verdict verdict = RelationRules.assess(List.of(provision(this.us, ARMY, "800,000", null)), List.of(),
				"US package", "European statement");
		assertThat(verdict.relation()).isEqualTo(Relation.ONLY_LEFT);
		assertThat(verdict.reasonKey()).isEqualTo("onlyOne");
		assertThat(verdict.reasonArgs()).containsExactly("US package");
		assertThat(verdict.isEditorial()).isFalse();
	}

	@Test
	void onlyTheRightSideAddressingATopicIsOnlyRight() {
		Verdict verdict = RelationRules.assess(List.of(), List.of(provision(this.eu, ARMY, "text", null)), "US package",
				"European statement");
		assertThat(verdict.relation()).isEqualTo(Relation.ONLY_RIGHT);
		assertThat(verdict.reasonArgs()).containsExactly("European statement");
	}

	@Test
	void equalFiguresInTheSameUnitAreAligned() {
		Verdict verdict = assess(figure(800000, 800000, "troops", "800,000"),
				figure(800000, 800000, "Troops ", "800,000"));
		assertThat(verdict.relation()).isEqualTo(Relation.ALIGNED);
		assertThat(verdict.reasonKey()).isEqualTo("figuresOverlap");
		assertThat(verdict.reasonArgs()).containsExactly("troops", "800,000", "800,000");
	}

	@Test
	void anOpenEndedRangeOverlapsAFigureWithinIt() {
		Verdict verdict = assess(figure(800000, 800000, "troops", "800,000"), figure(null, 800000, "troops", "up to"));
		assertThat(verdict.relation()).isEqualTo(Relation.ALIGNED);
		assertThat(assess(figure(30000, null, "troops", "upwards of 30,000"), figure(30000, 40000, "troops", "x"))
			.relation()).isEqualTo(Relation.ALIGNED);
	}

	@Test
	void disjointRangesInTheSameUnitDiverge() {
		Verdict verdict = assess(figure(100000, 150000, "troops", "between"), figure(null, 10000, "troops", "nearly"));
		assertThat(verdict.relation()).isEqualTo(Relation.DIVERGENT);
		assertThat(verdict.reasonArgs()).containsExactly("troops", "100,000\u2013150,000", "\u2264 10,000");
	}

	@Test
	void someOverlappingAndSomeDisjointPairsArePartlyAligned() {
		List<Provision> left = List.of(provision(this.us, ARMY, "a", figure(800000, 800000, "troops", "a")),
				provision(this.us, ARMY, "b", figure(50, 50, "percent", "b")));
		List<Provision> right = List.of(provision(this.eu, ARMY, "c", figure(800000, 800000, "troops", "c")),
				provision(this.eu, ARMY, "d", figure(60, 70, "percent", "d")));
		Verdict verdict = RelationRules.assess(left, right, "US", "EU");
		assertThat(verdict.relation()).isEqualTo(Relation.PARTLY_ALIGNED);
		assertThat(verdict.reasonArgs()).containsExactly("troops", "1", "2");
	}

	@Test
	void differentUnitsAreNotAssessedRatherThanGuessed() {
		Verdict verdict = assess(figure(800000, 800000, "troops", "800,000"),
				figure(null, 800000, "personnel", "up to 800,000"));
		assertThat(verdict.relation()).isNull();
		assertThat(verdict.isAssessed()).isFalse();
		assertThat(verdict.reasonKey()).isEqualTo("unitsDiffer");
	}

	@Test
	void bothSidesWithoutFiguresAreNotAssessed() {
		Verdict verdict = RelationRules.assess(List.of(provision(this.us, ARMY, "a", null)),
				List.of(provision(this.eu, ARMY, "b", figure(null, 800000, "personnel", "up to"))), "US", "EU");
		assertThat(verdict.relation()).isNull();
		assertThat(verdict.reasonKey()).isEqualTo("noFigures");
	}

	@Test
	void aFigureWithoutAUnitIsNotCompared() {
		Verdict verdict = assess(figure(1, 1, "", "one"), figure(2, 2, "", "two"));
		assertThat(verdict.relation()).isNull();
	}

	@Test
	void flippingAnEditorialVerdictSwapsOnlyTheOneSidedRelations() {
		assertThat(Verdict.editorial(Relation.ONLY_LEFT, "r").flipped().relation()).isEqualTo(Relation.ONLY_RIGHT);
		assertThat(Verdict.editorial(Relation.ONLY_RIGHT, "r").flipped().relation()).isEqualTo(Relation.ONLY_LEFT);
		assertThat(Verdict.editorial(Relation.DIVERGENT, "r").flipped().relation()).isEqualTo(Relation.DIVERGENT);
	}

	private Verdict assess(org.peaceterms.shared.Figure left, org.peaceterms.shared.Figure right) {
		return RelationRules.assess(List.of(provision(this.us, ARMY, "left", left)),
				List.of(provision(this.eu, ARMY, "right", right)), "US", "EU");
	}

}
