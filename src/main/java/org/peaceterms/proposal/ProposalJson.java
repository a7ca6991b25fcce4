package org.peaceterms.proposal;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.peaceterms.actor.Actor;
import org.peaceterms.actor.ActorRef;
import org.peaceterms.event.Event;
import org.peaceterms.event.EventRef;
import org.peaceterms.source.Citation;
import org.peaceterms.web.Links;

/**
 * A {@link Proposal} as the JSON API gives it: who proposed it, where and when, its
 * status and lineage, and the sources that report it. The detail adds its provisions and
 * endorsements.
 *
 * @param provisions the numbered terms; only in the detail
 * @param endorsements who signed, endorsed or welcomed it; only in the detail
 */
public record ProposalJson(String slug, String title, String shortTitle, ProposalKind kind, ProposalStatus status,
		LocalDate presentedOn, @Nullable EventRef presentedAt, @Nullable ProposalRef supersedes,
		@Nullable ProposalRef derivedFrom, @Nullable String summary, boolean textPublic, List<ActorRef> proposers,
		List<Citation> citations, @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable List<ProvisionJson> provisions,
		@JsonInclude(JsonInclude.Include.NON_NULL) @Nullable List<EndorsementJson> endorsements,
		Map<String, String> links) {

	public static ProposalJson of(Proposal proposal) {
		return of(proposal, null, null);
	}

	public static ProposalJson of(Proposal proposal, @Nullable List<Provision> provisions,
			@Nullable List<Endorsement> endorsements) {
		String slug = proposal.getSlug();
		Event presentedAt = proposal.getPresentedAt();
		Proposal supersedes = proposal.getSupersedes();
		Proposal derivedFrom = proposal.getDerivedFrom();
		return new ProposalJson(slug, proposal.getTitle(), proposal.getShortTitle(), proposal.getKind(),
				proposal.getStatus(), proposal.getPresentedOn(),
				(presentedAt != null) ? EventRef.of(presentedAt) : null,
				(supersedes != null) ? ProposalRef.of(supersedes) : null,
				(derivedFrom != null) ? ProposalRef.of(derivedFrom) : null, proposal.getSummary(),
				proposal.isTextPublic(),
				proposal.getProposers()
					.stream()
					.sorted(Comparator.comparing(Actor::getName))
					.map(ActorRef::of)
					.toList(),
				Citation.of(proposal.getSources()),
				(provisions != null) ? provisions.stream().map(ProvisionJson::of).toList() : null,
				(endorsements != null) ? endorsements.stream().map(EndorsementJson::of).toList() : null,
				Links.of("self", Links.api("proposals", slug), "html", Links.page("proposals", slug), "provisions",
						Links.api("provisions") + "?proposal=" + slug));
	}

}
