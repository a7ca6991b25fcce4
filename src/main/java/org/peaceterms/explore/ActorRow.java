package org.peaceterms.explore;

import org.jspecify.annotations.Nullable;
import org.peaceterms.actor.Actor;
import org.peaceterms.actor.ActorKind;

/**
 * A row of the actors page's downloads ({@code /actors.csv}, {@code /actors.json}): an
 * actor and the counts the page shows. An actor is a record of the tracker rather than a
 * sourced fact, so the row carries no citation columns: what it said and did, each with
 * its source, is in the statements, stances and commitments downloads filtered by the
 * actor, and a person's offices with their sources are in {@code /api/v1/actors/{slug}}.
 */
public record ActorRow(String slug, String name, ActorKind kind, @Nullable String isoCode, @Nullable String description,
		long statements, long positions, String link) {

	static ActorRow of(Actor actor, long statements, long positions) {
		return new ActorRow(actor.getSlug(), actor.getName(), actor.getKind(), actor.getIsoCode(),
				actor.getDescription(), statements, positions,
				org.peaceterms.web.Links.page("actors", actor.getSlug()));
	}

}
