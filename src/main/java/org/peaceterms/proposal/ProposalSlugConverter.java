package org.peaceterms.proposal;

import org.peaceterms.web.SlugConverter;
import org.springframework.stereotype.Component;

/**
 * Binds a request parameter such as {@code proposal=…} to the proposal its slug names.
 */
@Component
class ProposalSlugConverter extends SlugConverter<Proposal> {

	ProposalSlugConverter(ProposalRepository proposals) {
		super(Proposal.class, proposals::findBySlug);
	}

}
