package org.peaceterms.commitment;

/** What a {@link Commitment} offers. */
public enum CommitmentKind {

	TROOPS, MONEY, CAPABILITY, POLITICAL

}
