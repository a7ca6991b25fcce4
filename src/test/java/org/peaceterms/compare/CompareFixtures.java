package org.peaceterms.compare;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.peaceterms.proposal.Proposal;
import org.peaceterms.proposal.ProposalKind;
import org.peaceterms.proposal.ProposalStatus;
import org.peaceterms.proposal.Provision;
import org.peaceterms.shared.Figure;
import org.peaceterms.source.Reliability;
import org.peaceterms.source.Source;
import org.peaceterms.source.SourceKind;
import org.peaceterms.topic.Ladder;
import org.peaceterms.topic.Topic;

/** Unsaved proposals, topics and provisions for tests of the comparison. */
final class CompareFixtures {

	static final Source SOURCE = new Source("test-source", "Test Outlet", "A test article", null,
			LocalDate.of(2025, 12, 16), SourceKind.NEWS, Reliability.SECONDARY);

	static final Topic ARMY = new Topic("ukraine-army-size", "Ukraine army size", Ladder.GENERAL, 1);

	static final Topic TERRITORY = new Topic("territory", "Territory", Ladder.GENERAL, 5);

	private CompareFixtures() {
	}

	static Proposal proposal(String slug, String shortTitle, LocalDate presentedOn) {
		return new Proposal(slug, shortTitle + " title", shortTitle, ProposalKind.PLAN, ProposalStatus.PRESENTED,
				presentedOn, Set.of(), Set.of(SOURCE));
	}

	static Provision provision(Proposal proposal, Topic topic, String text, @Nullable Figure figure) {
		return new Provision(proposal, 1, topic, text, false, figure, Set.of(SOURCE));
	}

	static Figure figure(@Nullable Integer min, @Nullable Integer max, String unit, String text) {
		return new Figure((min != null) ? BigDecimal.valueOf(min) : null,
				(max != null) ? BigDecimal.valueOf(max) : null, unit, text);
	}

}
