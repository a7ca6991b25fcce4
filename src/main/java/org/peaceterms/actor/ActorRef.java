package org.peaceterms.actor;

import org.peaceterms.web.Links;

/** An actor named from another record in the JSON API, with its JSON address. */
public record ActorRef(String slug, String name, ActorKind kind, String href) {

	public static ActorRef of(Actor actor) {
		return new ActorRef(actor.getSlug(), actor.getName(), actor.getKind(), Links.api("actors", actor.getSlug()));
	}

}
