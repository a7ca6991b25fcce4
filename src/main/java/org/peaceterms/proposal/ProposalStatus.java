package org.peaceterms.proposal;

/**
 * How far a {@link Proposal} has come, from reported in the press to endorsed or
 * superseded.
 */
public enum ProposalStatus {

	REPORTED, PRESENTED, ENDORSED, SUPERSEDED, REJECTED

}
