package org.peaceterms.commitment;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.peaceterms.actor.ActorRef;
import org.peaceterms.shared.FigureJson;
import org.peaceterms.source.Citation;
import org.peaceterms.topic.Condition;
import org.peaceterms.topic.TopicRef;
import org.peaceterms.web.Links;

/**
 * A {@link Commitment} as the JSON API gives it: who pledged, asked for or estimated
 * what, on which topic, how much over which period, on which conditions, and the sources
 * that report it.
 */
public record CommitmentJson(long id, ActorRef actor, TopicRef topic, CommitmentKind kind, CommitmentBasis basis,
		CommitmentStatus status, String description, @Nullable FigureJson amount, @Nullable String amountPeriod,
		List<Condition> conditions, @Nullable String conditionsNote, LocalDate madeOn, List<Citation> citations,
		Map<String, String> links) {

	public static CommitmentJson of(Commitment commitment) {
		return new CommitmentJson(commitment.requireId(), ActorRef.of(commitment.getActor()),
				TopicRef.of(commitment.getTopic()), commitment.getKind(), commitment.getBasis(), commitment.getStatus(),
				commitment.getDescription(), FigureJson.of(commitment.getAmount()), commitment.getAmountPeriod(),
				commitment.getConditions().stream().sorted().toList(), commitment.getConditionsNote(),
				commitment.getMadeOn(), Citation.of(commitment.getSources()),
				Links.of("self", Links.api("commitments", commitment.requireId()), "html",
						Links.page("commitments") + "?actor=" + commitment.getActor().getSlug()));
	}

}
