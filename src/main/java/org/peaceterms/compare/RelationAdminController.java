package org.peaceterms.compare;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.peaceterms.admin.AdminController;
import org.peaceterms.admin.AdminListing;
import org.peaceterms.admin.AdminSupport;
import org.peaceterms.admin.AuditHistory;
import org.peaceterms.proposal.Proposal;
import org.peaceterms.proposal.ProposalRepository;
import org.peaceterms.topic.Topic;
import org.peaceterms.topic.TopicRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Create, edit, retire and restore editors' verdicts on how two proposals relate on a
 * topic, at {@code /admin/relations}.
 */
@Controller
@RequestMapping("/admin/relations")
class RelationAdminController extends AdminController<TopicRelation, RelationForm> {

	private final ProposalRepository proposals;

	private final TopicRepository topics;

	RelationAdminController(AdminSupport admin, AuditHistory history, ProposalRepository proposals,
			TopicRepository topics) {
		super(admin, history, TopicRelation.class, "relations");
		this.proposals = proposals;
		this.topics = topics;
	}

	@Override
	protected AdminListing<TopicRelation> listing() {
		return new AdminListing<TopicRelation>()
			.column("admin.field.topicId", (relation) -> relation.getTopic().getName(), "topic.name")
			.column("admin.field.leftId", (relation) -> relation.getLeft().getShortTitle(), "left.shortTitle")
			.column("admin.field.rightId", (relation) -> relation.getRight().getShortTitle(), "right.shortTitle")
			.column("admin.field.relation",
					(relation) -> this.admin.message("admin.relation." + relation.getRelation()), "relation")
			.column("admin.field.reason", TopicRelation::getReason)
			.search("reason", "topic.name", "left.shortTitle", "right.shortTitle")
			.filter("relation", "admin.field.relation", "relation",
					this.admin.options("admin.relation.", Relation.values()))
			.sortedBy("topic.name", false);
	}

	@Override
	protected RelationForm emptyForm() {
		return new RelationForm(null, null, null, null, "", null);
	}

	@Override
	protected RelationForm toForm(TopicRelation relation) {
		return new RelationForm(relation.getLeft().getId(), relation.getRight().getId(), relation.getTopic().getId(),
				relation.getRelation(), relation.getReason(), relation.getVersion());
	}

	@Override
	protected String label(TopicRelation relation) {
		return relation.getLeft().getShortTitle() + " / " + relation.getRight().getShortTitle() + ": "
				+ relation.getTopic().getName();
	}

	@Override
	protected void check(RelationForm form, @Nullable TopicRelation relation, BindingResult errors) {
		if (form.leftId() != null && form.leftId().equals(form.rightId())) {
			errors.rejectValue("rightId", "admin.error.sameProposal");
		}
	}

	@Override
	protected void referenceData(Model model, RelationForm form) {
		List<AdminListing.Option> proposalOptions = AdminSupport.options(
				this.proposals.findByRetiredFalseOrderByPresentedOnDescTitle(),
				(proposal) -> proposal.getPresentedOn() + " · " + proposal.getShortTitle());
		model.addAttribute("proposalOptions", proposalOptions);
		model.addAttribute("topicOptions",
				AdminSupport.options(this.topics.findByRetiredFalseOrderBySortOrder(), Topic::getName));
		model.addAttribute("relationOptions", this.admin.options("admin.relation.", Relation.values()));
	}

	@Override
	protected TopicRelation create(RelationForm form) {
		return this.admin.persist(new TopicRelation(proposal(form.leftId()), proposal(form.rightId()),
				this.admin.find(Topic.class, Objects.requireNonNull(form.topicId())),
				Objects.requireNonNull(form.relation()), form.reason().strip()));
	}

	@Override
	protected void update(TopicRelation relation, RelationForm form) {
		relation.update(proposal(form.leftId()), proposal(form.rightId()),
				this.admin.find(Topic.class, Objects.requireNonNull(form.topicId())),
				Objects.requireNonNull(form.relation()), form.reason().strip());
	}

	private Proposal proposal(@Nullable Long id) {
		return this.admin.find(Proposal.class, Objects.requireNonNull(id));
	}

}
