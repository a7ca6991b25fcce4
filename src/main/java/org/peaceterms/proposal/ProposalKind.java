package org.peaceterms.proposal;

/** What form a {@link Proposal} takes. */
public enum ProposalKind {

	PLAN, JOINT_STATEMENT, DRAFT, DECLARATION

}
