package org.peaceterms.commitment;

import org.jspecify.annotations.Nullable;
import org.peaceterms.actor.Actor;

/**
 * The commitments page's filters: kind, basis and actor, each optional.
 *
 * @param kind only commitments of this kind, or all
 * @param basis only pledges, asks or estimates, or all
 * @param actor only this actor's commitments, or everyone's
 */
public record CommitmentFilter(@Nullable CommitmentKind kind, @Nullable CommitmentBasis basis, @Nullable Actor actor) {

	/** No filter. */
	public static CommitmentFilter none() {
		return new CommitmentFilter(null, null, null);
	}

	/** Whether a commitment passes the filter. */
	public boolean test(Commitment commitment) {
		return (this.kind == null || commitment.getKind() == this.kind)
				&& (this.basis == null || commitment.getBasis() == this.basis)
				&& (this.actor == null || commitment.getActor().equals(this.actor));
	}

}
