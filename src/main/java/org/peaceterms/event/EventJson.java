package org.peaceterms.event;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.peaceterms.actor.Actor;
import org.peaceterms.actor.ActorRef;
import org.peaceterms.source.Citation;
import org.peaceterms.web.Links;

/**
 * An {@link Event} as the JSON API gives it: when and where, who took part, and the
 * sources that report it.
 */
public record EventJson(String slug, String name, EventKind kind, LocalDate startsOn, @Nullable LocalDate endsOn,
		@Nullable String dateNote, @Nullable String place, @Nullable String description, List<ActorRef> participants,
		List<Citation> citations, Map<String, String> links) {

	public static EventJson of(Event event) {
		return new EventJson(event.getSlug(), event.getName(), event.getKind(), event.getStartsOn(), event.getEndsOn(),
				event.getDateNote(), event.getPlace(), event.getDescription(),
				event.getParticipants()
					.stream()
					.sorted(Comparator.comparing(Actor::getName))
					.map(ActorRef::of)
					.toList(),
				Citation.of(event.getSources()), Links.of("self", Links.api("events", event.getSlug()), "html",
						Links.page("events") + "#" + event.getSlug()));
	}

}
