package org.peaceterms.proposal;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.peaceterms.admin.AdminController;
import org.peaceterms.admin.AdminListing;
import org.peaceterms.admin.AdminSupport;
import org.peaceterms.admin.AuditHistory;
import org.peaceterms.shared.Figure;
import org.peaceterms.source.Source;
import org.peaceterms.source.SourceRepository;
import org.peaceterms.topic.Topic;
import org.peaceterms.topic.TopicRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Create, edit, retire and restore the provisions of proposals, at
 * {@code /admin/provisions}.
 */
@Controller
@RequestMapping("/admin/provisions")
class ProvisionAdminController extends AdminController<Provision, ProvisionForm> {

	private final ProposalRepository proposals;

	private final TopicRepository topics;

	private final SourceRepository sources;

	ProvisionAdminController(AdminSupport admin, AuditHistory history, ProposalRepository proposals,
			TopicRepository topics, SourceRepository sources) {
		super(admin, history, Provision.class, "provisions");
		this.proposals = proposals;
		this.topics = topics;
		this.sources = sources;
	}

	@Override
	protected AdminListing<Provision> listing() {
		return new AdminListing<Provision>()
			.column("admin.field.proposalId", (provision) -> provision.getProposal().getShortTitle(),
					"proposal.shortTitle")
			.column("admin.field.number", Provision::getNumber, "number")
			.column("admin.field.topicId", (provision) -> provision.getTopic().getName(), "topic.name")
			.column("admin.field.text", Provision::getText)
			.search("text", "proposal.title", "topic.name")
			.filter("proposal", "admin.field.proposalId", "proposal.id", proposalOptions())
			.filter("topic", "admin.field.topicId", "topic.id",
					AdminSupport.options(this.topics.findByRetiredFalseOrderBySortOrder(), Topic::getName))
			.sortedBy("proposal.shortTitle", false);
	}

	@Override
	protected ProvisionForm emptyForm() {
		return new ProvisionForm(null, 1, null, "", false, null, null, null, null, Set.of(), null);
	}

	@Override
	protected ProvisionForm toForm(Provision provision) {
		Figure figure = provision.getFigure();
		return new ProvisionForm(provision.getProposal().getId(), provision.getNumber(), provision.getTopic().getId(),
				provision.getText(), provision.isVerbatim(), (figure != null) ? figure.getMin() : null,
				(figure != null) ? figure.getMax() : null, (figure != null) ? figure.getUnit() : null,
				(figure != null) ? figure.getText() : null, AdminSupport.ids(provision.getSources()),
				provision.getVersion());
	}

	@Override
	protected String label(Provision provision) {
		return provision.getProposal().getShortTitle() + " §" + provision.getNumber();
	}

	@Override
	protected void referenceData(Model model, ProvisionForm form) {
		model.addAttribute("proposalOptions", proposalOptions());
		model.addAttribute("topicOptions",
				AdminSupport.options(this.topics.findByRetiredFalseOrderBySortOrder(), Topic::getName));
		model.addAttribute("sourceOptions",
				AdminSupport.options(this.sources.findByRetiredFalseOrderByPublishedOnDesc(),
						(source) -> source.getPublishedOn() + " · " + source.getLabel() + ": " + source.getTitle()));
		model.addAttribute("verbatimOptions",
				List.of(new AdminListing.Option("true", this.admin.message("admin.verbatim.true")),
						new AdminListing.Option("false", this.admin.message("admin.verbatim.false"))));
	}

	@Override
	protected Provision create(ProvisionForm form) {
		Provision provision = new Provision(proposal(form), Objects.requireNonNull(form.number()),
				this.admin.find(Topic.class, Objects.requireNonNull(form.topicId())), form.text(), form.verbatim(),
				figure(form), this.admin.findAll(Source.class, form.sourceIds()));
		return this.admin.persist(provision);
	}

	@Override
	protected void update(Provision provision, ProvisionForm form) {
		provision.update(proposal(form), Objects.requireNonNull(form.number()),
				this.admin.find(Topic.class, Objects.requireNonNull(form.topicId())), form.text(), form.verbatim(),
				figure(form), this.admin.findAll(Source.class, form.sourceIds()));
	}

	@Override
	protected ProvisionForm nextForm(ProvisionForm saved, Provision provision) {
		return new ProvisionForm(saved.proposalId(), provision.getNumber() + 1, null, "", saved.verbatim(), null, null,
				null, null, saved.sourceIds(), null);
	}

	private Proposal proposal(ProvisionForm form) {
		return this.admin.find(Proposal.class, Objects.requireNonNull(form.proposalId()));
	}

	private static @Nullable Figure figure(ProvisionForm form) {
		if (form.figureMin() == null && form.figureMax() == null && AdminSupport.text(form.figureText()) == null) {
			return null;
		}
		return new Figure(form.figureMin(), form.figureMax(), AdminSupport.text(form.figureUnit()),
				AdminSupport.text(form.figureText()));
	}

	private List<AdminListing.Option> proposalOptions() {
		return AdminSupport.options(this.proposals.findByRetiredFalseOrderByPresentedOnDescTitle(),
				(proposal) -> proposal.getPresentedOn() + " · " + proposal.getShortTitle());
	}

}
