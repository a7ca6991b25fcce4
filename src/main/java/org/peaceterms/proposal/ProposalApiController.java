package org.peaceterms.proposal;

import org.peaceterms.opendata.ApiPage;
import org.peaceterms.opendata.ApiPaging;
import org.peaceterms.shared.AsOf;
import org.peaceterms.shared.NotFoundException;
import org.peaceterms.shared.ReplaceableEntity;
import org.peaceterms.web.Links;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Sort;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The proposals in the JSON API, newest first; with {@code asOf}, only those presented by
 * then. The detail adds the provisions and endorsements.
 */
@RestController
class ProposalApiController {

	private static final Sort ORDER = Sort.by(Sort.Order.desc("presentedOn"), Sort.Order.asc("slug"));

	private final ProposalRepository proposals;

	private final ProvisionRepository provisions;

	private final EndorsementRepository endorsements;

	ProposalApiController(ProposalRepository proposals, ProvisionRepository provisions,
			EndorsementRepository endorsements) {
		this.proposals = proposals;
		this.provisions = provisions;
		this.endorsements = endorsements;
	}

	@GetMapping(Links.API + "/proposals")
	@Transactional(readOnly = true)
	ApiPage<ProposalJson> list(AsOf asOf, @ParameterObject ApiPaging paging) {
		return ApiPage.of(
				this.proposals.findByRetiredFalseAndPresentedOnLessThanEqual(asOf.effective(), paging.pageable(ORDER)),
				ProposalJson::of, paging);
	}

	@GetMapping(Links.API + "/proposals/{slug}")
	@Transactional(readOnly = true)
	ProposalJson show(@PathVariable String slug) {
		Proposal proposal = this.proposals.findBySlug(slug)
			.map((found) -> ReplaceableEntity.unlessRetired(found, "Proposal",
					(successor) -> Links.api("proposals", successor)))
			.orElseThrow(() -> new NotFoundException("Proposal"));
		return ProposalJson.of(proposal, this.provisions.findByProposal(proposal),
				this.endorsements.findByProposal(proposal));
	}

}
