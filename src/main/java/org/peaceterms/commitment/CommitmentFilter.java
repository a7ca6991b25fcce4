package org.peaceterms.commitment;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;
import org.peaceterms.actor.Actor;
import org.peaceterms.topic.Topic;

/**
 * The filters of the commitments page, its downloads and charts and the API: kind, basis,
 * actor and topic, each optional and bound by Spring MVC (slugs for the actor and topic;
 * a value that names nothing is a 400).
 *
 * @param kind only commitments of this kind, or all
 * @param basis only pledges, asks or estimates, or all
 * @param actor only this actor's commitments, or everyone's
 * @param topic only commitments on this topic (where a topic page's "see all" leads), or
 * on any
 */
public record CommitmentFilter(@Nullable CommitmentKind kind, @Nullable CommitmentBasis basis,
		@Parameter(description = "An actor's slug", schema = @Schema(type = "string")) @Nullable Actor actor,
		@Parameter(description = "A topic's slug", schema = @Schema(type = "string")) @Nullable Topic topic) {

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
