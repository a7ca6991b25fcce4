package org.peaceterms.actor;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.peaceterms.source.Citation;
import org.peaceterms.web.Links;

/**
 * An {@link Actor} as the JSON API gives it, with links to what it said, the positions it
 * holds, what it committed to, and its Atom feed. The detail adds a person's offices.
 *
 * @param offices a person's offices, newest first; only in the detail
 */
public record ActorJson(String slug, String name, ActorKind kind, @Nullable String isoCode,
		@Nullable String description, @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable List<OfficeJson> offices,
		Map<String, String> links) {

	public static ActorJson of(Actor actor) {
		return of(actor, null);
	}

	public static ActorJson of(Actor actor, @Nullable List<Office> offices) {
		String slug = actor.getSlug();
		String said = actor.isPerson() ? "?speaker=" : "?country=";
		return new ActorJson(slug, actor.getName(), actor.getKind(), actor.getIsoCode(), actor.getDescription(),
				(offices != null) ? offices.stream().map(OfficeJson::of).toList() : null,
				Links.of("self", Links.api("actors", slug), "html", Links.page("actors", slug), "statements",
						Links.api("statements") + said + slug, "positions", Links.api("positions") + "?actor=" + slug,
						"commitments", Links.api("commitments") + "?actor=" + slug, "feed",
						Links.page("actors", slug, "feed.atom")));
	}

	/**
	 * An office a person held, with the source that gives it where there is one.
	 *
	 * @param organisation the country or organisation the office is for
	 * @param validFrom {@code null} where the sources give no start
	 * @param validTo {@code null} while held, or where the sources give no end
	 */
	public record OfficeJson(String title, @Nullable ActorRef organisation, @Nullable LocalDate validFrom,
			@Nullable LocalDate validTo, @Nullable Citation citation) {

		static OfficeJson of(Office office) {
			Actor organisation = office.getOrganisation();
			return new OfficeJson(office.getTitle(), (organisation != null) ? ActorRef.of(organisation) : null,
					office.getValidFrom(), office.getValidTo(),
					(office.getSource() != null) ? Citation.of(office.getSource()) : null);
		}

	}

}
