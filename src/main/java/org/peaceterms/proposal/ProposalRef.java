package org.peaceterms.proposal;

import org.peaceterms.web.Links;

/** A proposal named from another record in the JSON API, with its JSON address. */
public record ProposalRef(String slug, String shortTitle, String href) {

	public static ProposalRef of(Proposal proposal) {
		return new ProposalRef(proposal.getSlug(), proposal.getShortTitle(),
				Links.api("proposals", proposal.getSlug()));
	}

}
