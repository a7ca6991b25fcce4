package org.peaceterms.proposal;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.peaceterms.actor.Actor;
import org.peaceterms.actor.ActorRepository;
import org.peaceterms.admin.AdminController;
import org.peaceterms.admin.AdminListing;
import org.peaceterms.admin.AdminSupport;
import org.peaceterms.admin.AuditHistory;
import org.peaceterms.event.Event;
import org.peaceterms.event.EventRepository;
import org.peaceterms.shared.Slugs;
import org.peaceterms.source.Source;
import org.peaceterms.source.SourceRepository;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Create, edit, retire and restore proposals with their lineage, at
 * {@code /admin/proposals}; the edit page lists the proposal's provisions and
 * endorsements with links to their forms.
 */
@Controller
@RequestMapping("/admin/proposals")
class ProposalAdminController extends AdminController<Proposal, ProposalForm> {

	private final ProposalRepository proposals;

	private final ProvisionRepository provisions;

	private final EndorsementRepository endorsements;

	private final ActorRepository actors;

	private final EventRepository events;

	private final SourceRepository sources;

	ProposalAdminController(AdminSupport admin, AuditHistory history, ProposalRepository proposals,
			ProvisionRepository provisions, EndorsementRepository endorsements, ActorRepository actors,
			EventRepository events, SourceRepository sources) {
		super(admin, history, Proposal.class, "proposals");
		this.proposals = proposals;
		this.provisions = provisions;
		this.endorsements = endorsements;
		this.actors = actors;
		this.events = events;
		this.sources = sources;
	}

	@Override
	protected AdminListing<Proposal> listing() {
		return new AdminListing<Proposal>().column("admin.field.title", Proposal::getTitle, "title")
			.column("admin.field.presentedOn", (proposal) -> proposal.getPresentedOn().toString(), "presentedOn")
			.column("admin.field.kind", (proposal) -> this.admin.message("proposal.kind." + proposal.getKind()), "kind")
			.column("admin.field.status", (proposal) -> this.admin.message("proposal.status." + proposal.getStatus()),
					"status")
			.search("title", "shortTitle", "summary", "slug")
			.filter("kind", "admin.field.kind", "kind", this.admin.options("proposal.kind.", ProposalKind.values()))
			.filter("status", "admin.field.status", "status",
					this.admin.options("proposal.status.", ProposalStatus.values()))
			.sortedBy("presentedOn", true);
	}

	@Override
	protected ProposalForm emptyForm() {
		return new ProposalForm("", "", "", ProposalKind.PLAN, ProposalStatus.REPORTED, null, null, null, null, null,
				false, Set.of(), Set.of(), null);
	}

	@Override
	protected ProposalForm toForm(Proposal proposal) {
		return new ProposalForm(proposal.getSlug(), proposal.getTitle(), proposal.getShortTitle(), proposal.getKind(),
				proposal.getStatus(), proposal.getPresentedOn(), AdminSupport.id(proposal.getPresentedAt()),
				AdminSupport.id(proposal.getSupersedes()), AdminSupport.id(proposal.getDerivedFrom()),
				proposal.getSummary(), proposal.isTextPublic(), AdminSupport.ids(proposal.getProposers()),
				AdminSupport.ids(proposal.getSources()), proposal.getVersion());
	}

	@Override
	protected String label(Proposal proposal) {
		return proposal.getShortTitle();
	}

	@Override
	protected void check(ProposalForm form, @Nullable Proposal proposal, BindingResult errors) {
		if (!form.slug().isEmpty()
				&& this.proposals.findBySlug(form.slug()).filter((other) -> !other.equals(proposal)).isPresent()) {
			errors.rejectValue("slug", "admin.error.slugTaken");
		}
		Long id = (proposal != null) ? proposal.getId() : null;
		if (id != null && id.equals(form.supersedesId())) {
			errors.rejectValue("supersedesId", "admin.error.selfLineage");
		}
		if (id != null && id.equals(form.derivedFromId())) {
			errors.rejectValue("derivedFromId", "admin.error.selfLineage");
		}
	}

	@Override
	protected void referenceData(Model model, ProposalForm form) {
		model.addAttribute("kindOptions", this.admin.options("proposal.kind.", ProposalKind.values()));
		model.addAttribute("statusOptions", this.admin.options("proposal.status.", ProposalStatus.values()));
		model.addAttribute("eventOptions",
				AdminSupport.options(this.events.findAll(Sort.by(Sort.Direction.DESC, "startsOn")),
						(event) -> event.getStartsOn() + " · " + event.getName()));
		model.addAttribute("proposalOptions",
				AdminSupport.options(this.proposals.findByRetiredFalseOrderByPresentedOnDescTitle(),
						(proposal) -> proposal.getPresentedOn() + " · " + proposal.getShortTitle()));
		model.addAttribute("actorOptions",
				AdminSupport.options(this.actors.findByRetiredFalseOrderByName(), Actor::getName));
		model.addAttribute("sourceOptions",
				AdminSupport.options(this.sources.findByRetiredFalseOrderByPublishedOnDesc(),
						(source) -> source.getPublishedOn() + " · " + source.getLabel() + ": " + source.getTitle()));
		model.addAttribute("textPublicOptions",
				List.of(new AdminListing.Option("true", this.admin.message("admin.textPublic.true")),
						new AdminListing.Option("false", this.admin.message("admin.textPublic.false"))));
		if (model.getAttribute("record") instanceof Proposal proposal) {
			model.addAttribute("provisions", this.provisions.findByProposal(proposal));
			model.addAttribute("endorsements", this.endorsements.findByProposal(proposal));
		}
	}

	@Override
	protected Proposal create(ProposalForm form) {
		String slug = form.slug().isEmpty()
				? Slugs.unique(form.title(), (candidate) -> this.proposals.findBySlug(candidate).isPresent())
				: form.slug();
		Proposal proposal = new Proposal(slug, form.title().strip(), form.shortTitle().strip(),
				Objects.requireNonNull(form.kind()), Objects.requireNonNull(form.status()),
				Objects.requireNonNull(form.presentedOn()), this.admin.findAll(Actor.class, form.proposerIds()),
				this.admin.findAll(Source.class, form.sourceIds()));
		update(proposal, form);
		return this.admin.persist(proposal);
	}

	@Override
	protected void update(Proposal proposal, ProposalForm form) {
		proposal.update(form.slug().isEmpty() ? proposal.getSlug() : form.slug(), form.title().strip(),
				form.shortTitle().strip(), Objects.requireNonNull(form.kind()), Objects.requireNonNull(form.status()),
				Objects.requireNonNull(form.presentedOn()), this.admin.findOptional(Event.class, form.presentedAtId()),
				this.admin.findOptional(Proposal.class, form.supersedesId()),
				this.admin.findOptional(Proposal.class, form.derivedFromId()), AdminSupport.text(form.summary()),
				form.textPublic(), this.admin.findAll(Actor.class, form.proposerIds()),
				this.admin.findAll(Source.class, form.sourceIds()));
	}

}
