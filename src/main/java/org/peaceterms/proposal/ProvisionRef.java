package org.peaceterms.proposal;

import org.peaceterms.web.Links;

/** A provision named from another record in the JSON API, with its JSON address. */
public record ProvisionRef(long id, String proposal, int number, String href) {

	public static ProvisionRef of(Provision provision) {
		return new ProvisionRef(provision.requireId(), provision.getProposal().getSlug(), provision.getNumber(),
				Links.api("provisions", provision.requireId()));
	}

}
