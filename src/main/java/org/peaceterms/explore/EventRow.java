package org.peaceterms.explore;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.peaceterms.actor.Actor;
import org.peaceterms.event.Event;
import org.peaceterms.event.EventKind;
import org.peaceterms.event.EventStatus;
import org.peaceterms.proposal.Proposal;
import org.peaceterms.shared.Confidence;
import org.peaceterms.source.Citations;

/**
 * A row of the events page's downloads ({@code /events.csv}, {@code /events.json}): an
 * event, who took part, what was presented at it, and the sources that report it (four
 * citation columns in the same order).
 */
public record EventRow(String slug, String name, EventKind kind, LocalDate startsOn, @Nullable LocalDate endsOn,
		@Nullable String dateNote, @Nullable String place, @Nullable String description, List<String> participants,
		List<String> proposalsPresented, List<String> sourceOutlets, List<String> sourceTitles,
		List<LocalDate> sourcePublishedOn, List<String> sourceUrls, EventStatus status, String startsOnEdtf,
		@Nullable String excerpt, Confidence confidence) {

	static EventRow of(Event event, List<Proposal> presented) {
		Citations citations = Citations.of(event.getSources());
		return new EventRow(event.getSlug(), event.getName(), event.getKind(), event.getStartsOn(), event.getEndsOn(),
				event.getDateNote(), event.getPlace(), event.getDescription(),
				event.getParticipants().stream().map(Actor::getName).sorted().toList(),
				presented.stream().map(Proposal::getSlug).toList(), citations.outlets(), citations.titles(),
				citations.publishedOn(), citations.urls(), event.getStatus(), event.getDate().edtf(),
				event.getSourcing().getExcerpt(), event.getSourcing().getConfidence());
	}

}
