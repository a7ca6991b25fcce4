package org.peaceterms.compare;

import java.util.List;
import org.peaceterms.proposal.Proposal;
import org.peaceterms.proposal.Provision;
import org.peaceterms.topic.Topic;

/**
 * Two proposals side by side, one row per topic either addresses (in the topics' order),
 * each with the provisions of both sides and a {@link Verdict}; the topics neither
 * addresses are the gaps.
 */
public record Comparison(Proposal left, Proposal right, List<Row> rows, List<Topic> gaps) {

	/** How many rows carry the given relation. */
	public long count(Relation relation) {
		return this.rows.stream().filter((row) -> row.verdict().relation() == relation).count();
	}

	public long aligned() {
		return count(Relation.ALIGNED);
	}

	public long partlyAligned() {
		return count(Relation.PARTLY_ALIGNED);
	}

	public long divergent() {
		return count(Relation.DIVERGENT);
	}

	/** How many topics only one of the two proposals addresses. */
	public long oneSided() {
		return count(Relation.ONLY_LEFT) + count(Relation.ONLY_RIGHT);
	}

	/** How many rows nobody has assessed and the figures cannot decide. */
	public long notAssessed() {
		return this.rows.stream().filter((row) -> !row.verdict().isAssessed()).count();
	}

	/** One topic of the comparison. */
	public record Row(Topic topic, List<Provision> left, List<Provision> right, Verdict verdict) {

	}

}
