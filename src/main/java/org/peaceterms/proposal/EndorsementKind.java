package org.peaceterms.proposal;

/** How an actor backed a {@link Proposal}. */
public enum EndorsementKind {

	SIGNED, ENDORSED, WELCOMED

}
