package org.peaceterms.proposal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.peaceterms.admin.AdminController;
import org.peaceterms.admin.AdminListing;
import org.peaceterms.admin.AdminSupport;
import org.peaceterms.admin.AuditHistory;
import org.peaceterms.shared.Attribution;
import org.peaceterms.shared.Confidence;
import org.peaceterms.shared.Figure;
import org.peaceterms.source.Source;
import org.peaceterms.source.SourceRepository;
import org.peaceterms.topic.Topic;
import org.peaceterms.topic.TopicRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
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
		return new ProvisionForm(null, 1, null, Set.of(), "", Attribution.PARAPHRASED, null, null, null, null, null,
				Set.of(), null, Confidence.SINGLE_SOURCE, null);
	}

	@Override
	protected ProvisionForm toForm(Provision provision) {
		Figure figure = provision.getFigure();
		Set<Long> others = new LinkedHashSet<>();
		provision.getTopics()
			.stream()
			.filter((topic) -> !topic.equals(provision.getTopic()))
			.forEach((topic) -> others.add(topic.getId()));
		return new ProvisionForm(provision.getProposal().getId(), provision.getNumber(), provision.getTopic().getId(),
				others, provision.getText(), provision.getAttribution(), provision.getAccordingTo(),
				(figure != null) ? figure.getMin() : null, (figure != null) ? figure.getMax() : null,
				provision.getFigureUnit(), provision.getFigureWording(), AdminSupport.ids(provision.getSources()),
				provision.getExcerpt(), provision.getConfidence(), provision.getVersion());
	}

	@Override
	protected String label(Provision provision) {
		return provision.getProposal().getShortTitle() + " §" + provision.getNumber();
	}

	@Override
	protected void check(ProvisionForm form, @Nullable Provision provision, BindingResult errors) {
		if (form.attribution() == Attribution.REPORTED && AdminSupport.text(form.excerpt()) == null
				&& !errors.hasFieldErrors("excerpt")) {
			errors.rejectValue("excerpt", "admin.error.excerptForReport");
		}
	}

	@Override
	protected void referenceData(Model model, ProvisionForm form) {
		model.addAttribute("proposalOptions", proposalOptions());
		model.addAttribute("topicOptions",
				AdminSupport.options(this.topics.findByRetiredFalseOrderBySortOrder(), Topic::getName));
		model.addAttribute("sourceOptions",
				AdminSupport.options(this.sources.findByRetiredFalseOrderByPublishedOnDesc(),
						(source) -> source.getPublishedOn() + " · " + source.getLabel() + ": " + source.getTitle()));
	}

	@Override
	protected Provision create(ProvisionForm form) {
		Topic topic = this.admin.find(Topic.class, Objects.requireNonNull(form.topicId()));
		Provision provision = new Provision(proposal(form), Objects.requireNonNull(form.number()), topic, form.text(),
				Objects.requireNonNull(form.attribution()), figure(form),
				this.admin.findAll(Source.class, form.sourceIds()));
		update(provision, form);
		return this.admin.persist(provision);
	}

	@Override
	protected void update(Provision provision, ProvisionForm form) {
		provision.update(proposal(form), Objects.requireNonNull(form.number()),
				this.admin.find(Topic.class, Objects.requireNonNull(form.topicId())),
				this.admin.findAll(Topic.class, form.otherTopicIds()), form.text(),
				Objects.requireNonNull(form.attribution()), form.accordingTo(), figure(form),
				this.admin.findAll(Source.class, form.sourceIds()), form.excerpt(),
				Objects.requireNonNull(form.confidence()));
	}

	@Override
	protected ProvisionForm nextForm(ProvisionForm saved, Provision provision) {
		return new ProvisionForm(saved.proposalId(), provision.getNumber() + 1, null, Set.of(), "", saved.attribution(),
				null, null, null, null, null, saved.sourceIds(), null, saved.confidence(), null);
	}

	private Proposal proposal(ProvisionForm form) {
		return this.admin.find(Proposal.class, Objects.requireNonNull(form.proposalId()));
	}

	private static @Nullable Figure figure(ProvisionForm form) {
		// A wording or a unit without a number is kept too ("tens of thousands").
		if (form.figureMin() == null && form.figureMax() == null && AdminSupport.text(form.figureText()) == null
				&& AdminSupport.text(form.figureUnit()) == null) {
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
