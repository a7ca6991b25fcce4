package org.peaceterms.commitment;

import org.jspecify.annotations.Nullable;

/**
 * One actor's commitments of one kind and basis on one topic: a group whose figures are
 * compared ({@link CommitmentRepository#findConflictGroups}).
 *
 * @param actor the actor's id
 * @param topic the topic's id
 * @param kind troops, money, …
 * @param basis pledge, ask or estimate
 */
public record FigureGroup(long actor, long topic, CommitmentKind kind, CommitmentBasis basis) {

	/** The group of a commitment. */
	static FigureGroup of(Commitment commitment) {
		return new FigureGroup(id(commitment.getActor().getId()), id(commitment.getTopic().getId()),
				commitment.getKind(), commitment.getBasis());
	}

	private static long id(@Nullable Long id) {
		return (id != null) ? id : 0;
	}

}
