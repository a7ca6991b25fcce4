package org.peaceterms.commitment;

/**
 * Whether a {@link Commitment} row is something an actor offers, something it asks of
 * others, or a reported estimate of a force's size. The force tally sets pledges against
 * asks and estimates.
 */
public enum CommitmentBasis {

	PLEDGE, ASK, ESTIMATE

}
