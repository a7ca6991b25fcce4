package org.peaceterms.commitment;

import org.jspecify.annotations.Nullable;
import org.peaceterms.actor.Actor;
import org.peaceterms.topic.Topic;

/**
 * The commitments page's filters: kind, basis, actor and topic, each optional.
 *
 * @param kind only commitments of this kind, or all
 * @param basis only pledges, asks or estimates, or all
 * @param actor only this actor's commitments, or everyone's
 * @param topic only commitments on this topic (where a topic page's "see all" leads), or
 * on any
 */
public record CommitmentFilter(@Nullable CommitmentKind kind, @Nullable CommitmentBasis basis, @Nullable Actor actor,
		@Nullable Topic topic) {

	/** No filter. */
	public static CommitmentFilter none() {
		return new CommitmentFilter(null, null, null, null);
	}

	/** Whether a commitment passes the filter. */
	public boolean test(Commitment commitment) {
		return (this.kind == null || commitment.getKind() == this.kind)
				&& (this.basis == null || commitment.getBasis() == this.basis)
				&& (this.actor == null || commitment.getActor().equals(this.actor))
				&& (this.topic == null || commitment.getTopic().equals(this.topic));
	}

}
