package org.peaceterms.commitment;

/**
 * How firm a {@link Commitment} is, from reported in the press to delivered or withdrawn.
 */
public enum CommitmentStatus {

	REPORTED, PLEDGED, CONDITIONAL, DELIVERED, WITHDRAWN

}
