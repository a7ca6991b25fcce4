package org.peaceterms.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.peaceterms.compare.CompareFixtures.ARMY;
import static org.peaceterms.compare.CompareFixtures.TERRITORY;
import static org.peaceterms.compare.CompareFixtures.figure;
import static org.peaceterms.compare.CompareFixtures.proposal;
import static org.peaceterms.compare.CompareFixtures.provision;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peaceterms.proposal.Proposal;
import org.peaceterms.proposal.ProposalRepository;
import org.peaceterms.proposal.ProvisionRepository;
import org.peaceterms.shared.AsOf;
import org.peaceterms.topic.Ladder;
import org.peaceterms.topic.Topic;
import org.peaceterms.topic.TopicRepository;

/**
 * The comparison lines provisions up by topic, prefers an editor's verdict, flips a pair
 * stored the other way round, lists gaps, and respects the as-of date.
 */
class ComparisonServiceTests {

	private final ProposalRepository proposals = mock();

	private final ProvisionRepository provisions = mock();

	private final TopicRepository topics = mock();

	private final TopicRelationRepository relations = mock();

	private final ComparisonService service = new ComparisonService(this.proposals, this.provisions, this.topics,
			this.relations);

	private final Topic nato = new Topic("nato-membership", "NATO membership", Ladder.GENERAL, 9);

	private final Proposal us = proposal("us", "US package", LocalDate.of(2025, 12, 14));

	private final Proposal eu = proposal("eu", "European statement", LocalDate.of(2025, 12, 15));

	@BeforeEach
	void data() {
		given(this.topics.findByRetiredFalseOrderBySortOrder()).willReturn(List.of(ARMY, TERRITORY, this.nato));
		given(this.provisions.findByProposal(this.us))
			.willReturn(List.of(provision(this.us, ARMY, "standing army", figure(800000, 800000, "troops", "800,000")),
					provision(this.us, TERRITORY, "territory open", null)));
		given(this.provisions.findByProposal(this.eu)).willReturn(
				List.of(provision(this.eu, ARMY, "up to 800,000", figure(null, 800000, "personnel", "up to 800,000"))));
	}

	@Test
	void rowsFollowTheTopicsOrderAndTopicsNeitherAddressesAreGaps() {
		given(this.relations.findBetween(this.us, this.eu)).willReturn(List.of());
		Comparison comparison = this.service.compare(this.us, this.eu);
		assertThat(comparison.rows()).extracting((row) -> row.topic().getSlug())
			.containsExactly("ukraine-army-size", "territory");
		assertThat(comparison.gaps()).containsExactly(this.nato);
		assertThat(comparison.rows().get(0).verdict().isAssessed()).isFalse();
		assertThat(comparison.rows().get(1).verdict().relation()).isEqualTo(Relation.ONLY_LEFT);
		assertThat(comparison.notAssessed()).isEqualTo(1);
		assertThat(comparison.oneSided()).isEqualTo(1);
	}

	@Test
	void anEditorsVerdictWinsOverTheComputedOne() {
		given(this.relations.findBetween(this.us, this.eu)).willReturn(
				List.of(new TopicRelation(this.us, this.eu, ARMY, Relation.ALIGNED, "Both set the army at 800,000.")));
		Comparison comparison = this.service.compare(this.us, this.eu);
		Verdict verdict = comparison.rows().get(0).verdict();
		assertThat(verdict.relation()).isEqualTo(Relation.ALIGNED);
		assertThat(verdict.isEditorial()).isTrue();
		assertThat(verdict.reason()).isEqualTo("Both set the army at 800,000.");
		assertThat(comparison.aligned()).isEqualTo(1);
	}

	@Test
	void aPairStoredTheOtherWayRoundIsFlipped() {
		given(this.relations.findBetween(this.eu, this.us)).willReturn(
				List.of(new TopicRelation(this.us, this.eu, TERRITORY, Relation.ONLY_LEFT, "Only the US package.")));
		Comparison comparison = this.service.compare(this.eu, this.us);
		assertThat(comparison.rows().get(1).verdict().relation()).isEqualTo(Relation.ONLY_RIGHT);
	}

	@Test
	void aProposalPresentedAfterTheAsOfDateIsNotFound() {
		given(this.proposals.findBySlug("eu")).willReturn(Optional.of(this.eu));
		assertThat(this.service.find("eu", new AsOf(LocalDate.of(2025, 12, 14)))).isEmpty();
		assertThat(this.service.find("eu", new AsOf(LocalDate.of(2025, 12, 15)))).contains(this.eu);
	}

	@Test
	void theChoicesAreTheProposalsOnRecordAsOfTheDate() {
		given(this.proposals.findByRetiredFalseOrderByPresentedOnDescTitle()).willReturn(List.of(this.eu, this.us));
		assertThat(this.service.choices(new AsOf(LocalDate.of(2025, 12, 14)))).containsExactly(this.us);
	}

}
