package org.peaceterms.proposal;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.peaceterms.opendata.Download;
import org.peaceterms.opendata.Permalink;
import org.peaceterms.shared.AsOf;
import org.peaceterms.shared.NotFoundException;
import org.peaceterms.shared.Preload;
import org.peaceterms.shared.ReplaceableEntity;
import org.peaceterms.web.Links;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The proposals: a list of every plan and statement of terms on record, and a page per
 * proposal with its provisions in order, endorsements, lineage, proposers and sources. As
 * of a date, a proposal presented later does not exist yet.
 */
@Controller
class ProposalController {

	private final ProposalRepository proposals;

	private final ProvisionRepository provisions;

	private final EndorsementRepository endorsements;

	ProposalController(ProposalRepository proposals, ProvisionRepository provisions,
			EndorsementRepository endorsements) {
		this.proposals = proposals;
		this.provisions = provisions;
		this.endorsements = endorsements;
	}

	@GetMapping("/proposals")
	@Transactional(readOnly = true)
	String list(AsOf asOf, Model model, HttpServletRequest request) {
		Permalink.noParameters(request);
		model.addAttribute("proposals",
				this.proposals.findByRetiredFalseOrderByPresentedOnDescTitle()
					.stream()
					.filter((proposal) -> asOf.includes(proposal.getPresentedOn()))
					.toList());
		return "proposal/list";
	}

	/**
	 * The proposals the page lists, with their provisions, one row per provision, as CSV
	 * or JSON with citations.
	 */
	@GetMapping({ "/proposals.csv", "/proposals.json" })
	@Transactional(readOnly = true)
	ResponseEntity<?> download(AsOf asOf, HttpServletRequest request) {
		List<Proposal> shown = this.proposals.findByRetiredFalseOrderByPresentedOnDescTitle()
			.stream()
			.filter((proposal) -> asOf.includes(proposal.getPresentedOn()))
			.toList();
		Map<Proposal, List<Provision>> provisionsOf = shown.isEmpty() ? Map.of()
				: this.provisions.findByProposals(shown)
					.stream()
					.collect(Collectors.groupingBy(Provision::getProposal, LinkedHashMap::new, Collectors.toList()));
		List<ProposalRow> rows = new ArrayList<>();
		for (Proposal proposal : shown) {
			List<Provision> terms = provisionsOf.getOrDefault(proposal, List.of());
			if (terms.isEmpty()) {
				rows.add(ProposalRow.of(proposal, null));
			}
			terms.forEach((provision) -> rows.add(ProposalRow.of(proposal, provision)));
		}
		return Download.of(request, "proposals", asOf, ProposalRow.class, rows);
	}

	@GetMapping("/proposals/{slug}")
	@Transactional(readOnly = true)
	String show(@PathVariable String slug, AsOf asOf, Model model, HttpServletRequest request) {
		Permalink.noParameters(request);
		Proposal proposal = this.proposals.findBySlug(slug)
			.map((found) -> ReplaceableEntity.unlessRetired(found, "Proposal",
					(successor) -> Links.page("proposals", successor)))
			.filter((found) -> asOf.includes(found.getPresentedOn()))
			.orElseThrow(() -> new NotFoundException("proposal"));
		Preload.each(List.of(proposal), Proposal::getProposers, Proposal::getSources, Proposal::getPresentedAt,
				Proposal::getSupersedes, Proposal::getDerivedFrom);
		List<Proposal> successors = this.proposals.findSuccessors(proposal, asOf.effective());
		model.addAttribute("proposal", proposal);
		LocalDate onRecordBy = asOf.effective();
		model.addAttribute("provisions",
				this.provisions.findByProposal(proposal)
					.stream()
					.filter((provision) -> provision.isOnRecordBy(onRecordBy))
					.toList());
		model.addAttribute("endorsements", this.endorsements.findByProposal(proposal)
			.stream()
			.filter((endorsement) -> endorsement.getEndorsedOn() == null || asOf.includes(endorsement.getEndorsedOn()))
			.toList());
		model.addAttribute("supersedes", visible(proposal.getSupersedes(), asOf));
		model.addAttribute("derivedFrom", visible(proposal.getDerivedFrom(), asOf));
		model.addAttribute("supersededBy",
				successors.stream().filter((p) -> proposal.equals(p.getSupersedes())).toList());
		model.addAttribute("derivedInto",
				successors.stream().filter((p) -> proposal.equals(p.getDerivedFrom())).toList());
		return "proposal/show";
	}

	/** A linked proposal, unless it is retired or not yet presented as of the date. */
	private static @Nullable Proposal visible(@Nullable Proposal linked, AsOf asOf) {
		return (linked != null && !linked.isRetired() && asOf.includes(linked.getPresentedOn())) ? linked : null;
	}

}
