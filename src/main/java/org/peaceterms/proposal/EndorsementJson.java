package org.peaceterms.proposal;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.peaceterms.actor.ActorRef;
import org.peaceterms.shared.Confidence;
import org.peaceterms.shared.DateJson;
import org.peaceterms.source.Citation;

/**
 * An {@link Endorsement} as the JSON API gives it, inside its proposal.
 *
 * @param endorsedOn {@code null} where the source gives no date
 */
public record EndorsementJson(ActorRef actor, EndorsementKind kind, @Nullable LocalDate endorsedOn,
		@Nullable String note, Citation citation, @Nullable DateJson date, @Nullable String excerpt,
		Confidence confidence) {

	public static EndorsementJson of(Endorsement endorsement) {
		return new EndorsementJson(ActorRef.of(endorsement.getActor()), endorsement.getKind(),
				endorsement.getEndorsedOn(), endorsement.getNote(), Citation.of(endorsement.getSource()),
				(endorsement.getDate() != null) ? DateJson.of(endorsement.getDate()) : null,
				endorsement.getSourcing().getExcerpt(), endorsement.getSourcing().getConfidence());
	}

}
