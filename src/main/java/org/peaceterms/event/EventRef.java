package org.peaceterms.event;

import java.time.LocalDate;
import org.peaceterms.web.Links;

/** An event named from another record in the JSON API, with its JSON address. */
public record EventRef(String slug, String name, LocalDate startsOn, String href) {

	public static EventRef of(Event event) {
		return new EventRef(event.getSlug(), event.getName(), event.getStartsOn(),
				Links.api("events", event.getSlug()));
	}

}
