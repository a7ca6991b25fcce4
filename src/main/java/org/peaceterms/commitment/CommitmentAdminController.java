package org.peaceterms.commitment;

import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.peaceterms.actor.Actor;
import org.peaceterms.actor.ActorRepository;
import org.peaceterms.admin.AdminController;
import org.peaceterms.admin.AdminListing;
import org.peaceterms.admin.AdminSupport;
import org.peaceterms.admin.AuditHistory;
import org.peaceterms.shared.Figure;
import org.peaceterms.shared.Sourcing;
import org.peaceterms.source.Source;
import org.peaceterms.source.SourceRepository;
import org.peaceterms.topic.Condition;
import org.peaceterms.topic.Topic;
import org.peaceterms.topic.TopicRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/** Create, edit, retire and restore commitments, at {@code /admin/commitments}. */
@Controller
@RequestMapping("/admin/commitments")
class CommitmentAdminController extends AdminController<Commitment, CommitmentForm> {

	private final ActorRepository actors;

	private final TopicRepository topics;

	private final SourceRepository sources;

	CommitmentAdminController(AdminSupport admin, AuditHistory history, ActorRepository actors, TopicRepository topics,
			SourceRepository sources) {
		super(admin, history, Commitment.class, "commitments");
		this.actors = actors;
		this.topics = topics;
		this.sources = sources;
	}

	@Override
	protected AdminListing<Commitment> listing() {
		return new AdminListing<Commitment>()
			.column("admin.field.madeOn", (commitment) -> commitment.getMadeOn().toString(), "madeOn")
			.column("admin.field.actorId", (commitment) -> commitment.getActor().getName(), "actor.name")
			.column("admin.field.basis",
					(commitment) -> this.admin.message("admin.commitmentBasis." + commitment.getBasis()), "basis")
			.column("admin.field.description", Commitment::getDescription)
			.column("admin.field.amount",
					(commitment) -> (commitment.getAmount() != null) ? commitment.getAmount().getRange() : "")
			.search("description", "actor.name", "amount.text")
			.filter("kind", "admin.field.kind", "kind",
					this.admin.options("admin.commitmentKind.", CommitmentKind.values()))
			.filter("basis", "admin.field.basis", "basis",
					this.admin.options("admin.commitmentBasis.", CommitmentBasis.values()))
			.filter("actor", "admin.field.actorId", "actor.id",
					AdminSupport.options(this.actors.findByRetiredFalseOrderByName(), Actor::getName))
			.sortedBy("madeOn", true);
	}

	@Override
	protected CommitmentForm emptyForm() {
		return new CommitmentForm(null, null, CommitmentKind.TROOPS, CommitmentBasis.PLEDGE, CommitmentStatus.REPORTED,
				"", null, null, null, null, null, Set.of(), null, null, Set.of(), null, null, null, null, null, null,
				null);
	}

	@Override
	protected CommitmentForm toForm(Commitment commitment) {
		Figure amount = commitment.getAmount();
		// The unit and wording also where the source gives no number (getAmount() is null
		// then).
		return new CommitmentForm(commitment.getActor().getId(), commitment.getTopic().getId(), commitment.getKind(),
				commitment.getBasis(), commitment.getStatus(), commitment.getDescription(),
				(amount != null) ? amount.getMin() : null, (amount != null) ? amount.getMax() : null,
				commitment.getAmountUnit(), commitment.getAmountPeriod(), commitment.getAmountWording(),
				commitment.getConditions(), commitment.getConditionsNote(), commitment.getMadeOn(),
				AdminSupport.ids(commitment.getSources()), commitment.getSourcing().getDatePrecision(),
				commitment.getSourcing().getDateQualifier(), commitment.getSourcing().getExcerpt(),
				commitment.getSourcing().getConfidence(), commitment.getAttribution(), commitment.getAccordingTo(),
				commitment.getVersion());
	}

	@Override
	protected String label(Commitment commitment) {
		return commitment.getActor().getName() + ", " + commitment.getMadeOn();
	}

	@Override
	protected void referenceData(Model model, CommitmentForm form) {
		model.addAttribute("actorOptions",
				AdminSupport.options(this.actors.findByRetiredFalseOrderByName(), Actor::getName));
		model.addAttribute("topicOptions",
				AdminSupport.options(this.topics.findByRetiredFalseOrderBySortOrder(), Topic::getName));
		model.addAttribute("kindOptions", this.admin.options("admin.commitmentKind.", CommitmentKind.values()));
		model.addAttribute("basisOptions", this.admin.options("admin.commitmentBasis.", CommitmentBasis.values()));
		model.addAttribute("statusOptions", this.admin.options("admin.commitmentStatus.", CommitmentStatus.values()));
		model.addAttribute("conditionOptions", this.admin.options("condition.", Condition.values()));
		model.addAttribute("sourceOptions",
				AdminSupport.options(this.sources.findByRetiredFalseOrderByPublishedOnDesc(),
						(source) -> source.getPublishedOn() + " · " + source.getLabel() + ": " + source.getTitle()));
	}

	@Override
	protected Commitment create(CommitmentForm form) {
		Commitment commitment = new Commitment(this.admin.find(Actor.class, Objects.requireNonNull(form.actorId())),
				this.admin.find(Topic.class, Objects.requireNonNull(form.topicId())),
				Objects.requireNonNull(form.kind()), Objects.requireNonNull(form.basis()),
				Objects.requireNonNull(form.status()), form.description().strip(), amount(form),
				Objects.requireNonNull(form.madeOn()), this.admin.findAll(Source.class, form.sourceIds()));
		update(commitment, form);
		return this.admin.persist(commitment);
	}

	@Override
	protected void update(Commitment commitment, CommitmentForm form) {
		commitment
			.setSourcing(new Sourcing(form.datePrecision(), form.dateQualifier(), form.excerpt(), form.confidence()));
		commitment.attribute(Objects.requireNonNull(form.attribution()), form.accordingTo());
		commitment.update(this.admin.find(Actor.class, Objects.requireNonNull(form.actorId())),
				this.admin.find(Topic.class, Objects.requireNonNull(form.topicId())),
				Objects.requireNonNull(form.kind()), Objects.requireNonNull(form.basis()),
				Objects.requireNonNull(form.status()), form.description().strip(), amount(form),
				AdminSupport.text(form.amountPeriod()), form.conditions(), AdminSupport.text(form.conditionsNote()),
				Objects.requireNonNull(form.madeOn()), this.admin.findAll(Source.class, form.sourceIds()));
	}

	private static @Nullable Figure amount(CommitmentForm form) {
		// A wording or a unit without a number is kept too ("tens of thousands").
		if (form.amountMin() == null && form.amountMax() == null && AdminSupport.text(form.amountText()) == null
				&& AdminSupport.text(form.amountUnit()) == null) {
			return null;
		}
		return new Figure(form.amountMin(), form.amountMax(), AdminSupport.text(form.amountUnit()),
				AdminSupport.text(form.amountText()));
	}

}
