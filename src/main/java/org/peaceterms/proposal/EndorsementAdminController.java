package org.peaceterms.proposal;

import java.util.Objects;
import org.peaceterms.actor.Actor;
import org.peaceterms.actor.ActorRepository;
import org.peaceterms.admin.AdminController;
import org.peaceterms.admin.AdminListing;
import org.peaceterms.admin.AdminSupport;
import org.peaceterms.admin.AuditHistory;
import org.peaceterms.source.Source;
import org.peaceterms.source.SourceRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Create, edit, retire and restore endorsements of proposals, at
 * {@code /admin/endorsements}.
 */
@Controller
@RequestMapping("/admin/endorsements")
class EndorsementAdminController extends AdminController<Endorsement, EndorsementForm> {

	private final ProposalRepository proposals;

	private final ActorRepository actors;

	private final SourceRepository sources;

	EndorsementAdminController(AdminSupport admin, AuditHistory history, ProposalRepository proposals,
			ActorRepository actors, SourceRepository sources) {
		super(admin, history, Endorsement.class, "endorsements");
		this.proposals = proposals;
		this.actors = actors;
		this.sources = sources;
	}

	@Override
	protected AdminListing<Endorsement> listing() {
		return new AdminListing<Endorsement>()
			.column("admin.field.proposalId", (endorsement) -> endorsement.getProposal().getShortTitle(),
					"proposal.shortTitle")
			.column("admin.field.actorId", (endorsement) -> endorsement.getActor().getName(), "actor.name")
			.column("admin.field.kind",
					(endorsement) -> this.admin.message("admin.endorsementKind." + endorsement.getKind()), "kind")
			.column("admin.field.endorsedOn", Endorsement::getEndorsedOn, "endorsedOn")
			.search("actor.name", "proposal.title", "note")
			.filter("kind", "admin.field.kind", "kind",
					this.admin.options("admin.endorsementKind.", EndorsementKind.values()))
			.sortedBy("proposal.shortTitle", false);
	}

	@Override
	protected EndorsementForm emptyForm() {
		return new EndorsementForm(null, null, EndorsementKind.ENDORSED, null, null, null, null);
	}

	@Override
	protected EndorsementForm toForm(Endorsement endorsement) {
		return new EndorsementForm(endorsement.getProposal().getId(), endorsement.getActor().getId(),
				endorsement.getKind(), endorsement.getEndorsedOn(), endorsement.getSource().getId(),
				endorsement.getNote(), endorsement.getVersion());
	}

	@Override
	protected String label(Endorsement endorsement) {
		return endorsement.getActor().getName() + " – " + endorsement.getProposal().getShortTitle();
	}

	@Override
	protected void referenceData(Model model, EndorsementForm form) {
		model.addAttribute("proposalOptions",
				AdminSupport.options(this.proposals.findByRetiredFalseOrderByPresentedOnDescTitle(),
						(proposal) -> proposal.getPresentedOn() + " · " + proposal.getShortTitle()));
		model.addAttribute("actorOptions",
				AdminSupport.options(this.actors.findByRetiredFalseOrderByName(), Actor::getName));
		model.addAttribute("kindOptions", this.admin.options("admin.endorsementKind.", EndorsementKind.values()));
		model.addAttribute("sourceOptions",
				AdminSupport.options(this.sources.findByRetiredFalseOrderByPublishedOnDesc(),
						(source) -> source.getPublishedOn() + " · " + source.getLabel() + ": " + source.getTitle()));
	}

	@Override
	protected Endorsement create(EndorsementForm form) {
		Endorsement endorsement = new Endorsement(
				this.admin.find(Proposal.class, Objects.requireNonNull(form.proposalId())),
				this.admin.find(Actor.class, Objects.requireNonNull(form.actorId())),
				Objects.requireNonNull(form.kind()), form.endorsedOn(),
				this.admin.find(Source.class, Objects.requireNonNull(form.sourceId())));
		update(endorsement, form);
		return this.admin.persist(endorsement);
	}

	@Override
	protected void update(Endorsement endorsement, EndorsementForm form) {
		endorsement.update(this.admin.find(Proposal.class, Objects.requireNonNull(form.proposalId())),
				this.admin.find(Actor.class, Objects.requireNonNull(form.actorId())),
				Objects.requireNonNull(form.kind()), form.endorsedOn(),
				this.admin.find(Source.class, Objects.requireNonNull(form.sourceId())), AdminSupport.text(form.note()));
	}

}
