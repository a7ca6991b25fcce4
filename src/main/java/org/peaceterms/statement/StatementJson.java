package org.peaceterms.statement;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.peaceterms.actor.Actor;
import org.peaceterms.actor.ActorRef;
import org.peaceterms.event.Event;
import org.peaceterms.event.EventRef;
import org.peaceterms.proposal.Provision;
import org.peaceterms.proposal.ProvisionRef;
import org.peaceterms.shared.Attribution;
import org.peaceterms.shared.Claims;
import org.peaceterms.shared.Confidence;
import org.peaceterms.shared.DateJson;
import org.peaceterms.source.Citation;
import org.peaceterms.topic.Topic;
import org.peaceterms.topic.TopicRef;
import org.peaceterms.web.Links;

/**
 * A {@link Statement} as the JSON API gives it: who (a named actor, or an unnamed
 * speaker's label), what, when (as precise as the source), on whose behalf, how the
 * source attributes it ({@code attribution}: SAID, PARAPHRASED, REPORTED or ASSESSED;
 * only SAID is the speaker's own words), whom it cites ({@code accordingTo}), the
 * sentence as the pages render it ({@code rendered}), the supporting excerpt, the
 * confidence, the topics it touches, and the source that reports it.
 *
 * @param speaker the named speaker, or {@code null} for an unnamed one
 * @param speakerLabel the unnamed speaker as the source describes it
 * @param onBehalfOf the country or organisation the speaker spoke for, if recorded
 * @param accordingTo whom the source cites for it
 * @param rendered the claim as one honest sentence
 */
public record StatementJson(long id, LocalDate saidOn, DateJson date, String text, Attribution attribution,
		@Nullable String accordingTo, String rendered, @Nullable ActorRef speaker, @Nullable String speakerLabel,
		@Nullable ActorRef onBehalfOf, List<TopicRef> topics, @Nullable EventRef event,
		@Nullable ProvisionRef provision, @Nullable String context, @Nullable String excerpt, Confidence confidence,
		Citation citation, Map<String, String> links) {

	public static StatementJson of(Statement statement) {
		Actor onBehalfOf = statement.getOnBehalfOf();
		Event event = statement.getEvent();
		Provision provision = statement.getProvision();
		Actor speaker = statement.getSpeaker();
		return new StatementJson(statement.requireId(), statement.getSaidOn(), DateJson.of(statement.getDate()),
				statement.getText(), statement.getAttribution(), statement.getAccordingTo(),
				Claims.sentence(statement.getSpeakerName(), statement.getSpeaker() != null, statement.getAttribution(),
						statement.getAccordingTo(), statement.getText(), statement.getSource().getLabel()),
				(speaker != null) ? ActorRef.of(speaker) : null, statement.getSpeakerLabel(),
				(onBehalfOf != null) ? ActorRef.of(onBehalfOf) : null,
				statement.getTopics()
					.stream()
					.sorted(Comparator.comparing(Topic::getSortOrder).thenComparing(Topic::getSlug))
					.map(TopicRef::of)
					.toList(),
				(event != null) ? EventRef.of(event) : null, (provision != null) ? ProvisionRef.of(provision) : null,
				statement.getContext(), statement.getSourcing().getExcerpt(), statement.getSourcing().getConfidence(),
				Citation.of(statement.getSource()), Links.of("self", Links.api("statements", statement.requireId()),
						"html", Links.page("statements", statement.requireId())));
	}

}
