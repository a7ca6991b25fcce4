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
import org.peaceterms.source.Citation;
import org.peaceterms.topic.Topic;
import org.peaceterms.topic.TopicRef;
import org.peaceterms.web.Links;

/**
 * A {@link Statement} as the JSON API gives it: who said what, when, on whose behalf,
 * whether in their own words ({@code verbatim}) or paraphrased, the topics it touches,
 * and the source that reports it.
 *
 * @param onBehalfOf the country or organisation the speaker spoke for, if recorded
 * @param reportedVia the outlet or channel the source itself cites for the quote
 */
public record StatementJson(long id, LocalDate saidOn, String text, boolean verbatim, ActorRef speaker,
		@Nullable ActorRef onBehalfOf, List<TopicRef> topics, @Nullable EventRef event,
		@Nullable ProvisionRef provision, @Nullable String context, @Nullable String reportedVia, Citation citation,
		Map<String, String> links) {

	public static StatementJson of(Statement statement) {
		Actor onBehalfOf = statement.getOnBehalfOf();
		Event event = statement.getEvent();
		Provision provision = statement.getProvision();
		return new StatementJson(statement.requireId(), statement.getSaidOn(), statement.getText(),
				statement.isVerbatim(), ActorRef.of(statement.getSpeaker()),
				(onBehalfOf != null) ? ActorRef.of(onBehalfOf) : null,
				statement.getTopics()
					.stream()
					.sorted(Comparator.comparing(Topic::getSortOrder).thenComparing(Topic::getSlug))
					.map(TopicRef::of)
					.toList(),
				(event != null) ? EventRef.of(event) : null, (provision != null) ? ProvisionRef.of(provision) : null,
				statement.getContext(), statement.getReportedVia(), Citation.of(statement.getSource()),
				Links.of("self", Links.api("statements", statement.requireId()), "html",
						Links.page("statements", statement.requireId())));
	}

}
