package org.peaceterms.statement;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.peaceterms.actor.Actor;
import org.peaceterms.actor.ActorRepository;
import org.peaceterms.admin.AdminController;
import org.peaceterms.admin.AdminListing;
import org.peaceterms.admin.AdminSupport;
import org.peaceterms.admin.AuditHistory;
import org.peaceterms.source.Source;
import org.peaceterms.source.SourceRepository;
import org.peaceterms.topic.Condition;
import org.peaceterms.topic.Stance;
import org.peaceterms.topic.Topic;
import org.peaceterms.topic.TopicRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Create, edit, retire and restore positions, at {@code /admin/positions}. A position
 * rests on at least one statement; the quickest way to add one is with its statement, on
 * the new-statement form.
 */
@Controller
@RequestMapping("/admin/positions")
class PositionAdminController extends AdminController<Position, PositionForm> {

	private final ActorRepository actors;

	private final TopicRepository topics;

	private final SourceRepository sources;

	PositionAdminController(AdminSupport admin, AuditHistory history, ActorRepository actors, TopicRepository topics,
			SourceRepository sources) {
		super(admin, history, Position.class, "positions");
		this.actors = actors;
		this.topics = topics;
		this.sources = sources;
	}

	@Override
	protected AdminListing<Position> listing() {
		return new AdminListing<Position>()
			.column("admin.field.validFrom", (position) -> position.getValidFrom().toString(), "validFrom")
			.column("admin.field.actorId", (position) -> position.getActor().getName(), "actor.name")
			.column("admin.field.topicId", (position) -> position.getTopic().getName(), "topic.name")
			.column("admin.field.stance", (position) -> this.admin.message("stance." + position.getStance()), "stance")
			.column("admin.field.summary", Position::getSummary)
			.search("summary", "note", "actor.name")
			.filter("topic", "admin.field.topicId", "topic.id",
					AdminSupport.options(this.topics.findByRetiredFalseOrderBySortOrder(), Topic::getName))
			.filter("actor", "admin.field.actorId", "actor.id",
					AdminSupport.options(this.actors.findByRetiredFalseOrderByName(), Actor::getName))
			.filter("stance", "admin.field.stance", "stance", this.admin.options("stance.", Stance.values()))
			.sortedBy("validFrom", true);
	}

	@Override
	protected PositionForm emptyForm() {
		return new PositionForm(null, null, null, null, null, "", null, Set.of(), "", null);
	}

	@Override
	protected PositionForm toForm(Position position) {
		String evidence = position.getEvidence()
			.stream()
			.map((statement) -> String.valueOf(statement.getId()))
			.sorted()
			.collect(Collectors.joining(", "));
		return new PositionForm(position.getActor().getId(), position.getTopic().getId(), position.getStance(),
				position.getValidFrom(), position.getSource().getId(), position.getSummary(), position.getNote(),
				position.getConditions(), evidence, position.getVersion());
	}

	@Override
	protected String label(Position position) {
		return position.getActor().getName() + " on " + position.getTopic().getName() + ", " + position.getValidFrom();
	}

	@Override
	protected void check(PositionForm form, @Nullable Position position, BindingResult errors) {
		if (form.stance() != null && form.topicId() != null
				&& form.stance().getLadder() != this.admin.find(Topic.class, form.topicId()).getLadder()) {
			errors.rejectValue("stance", "admin.error.stanceLadder");
		}
		if (errors.hasFieldErrors("evidenceIds")) {
			return;
		}
		Set<Long> ids = evidenceIds(form);
		for (Long id : ids) {
			if (!this.admin.exists(Statement.class, id)) {
				errors.rejectValue("evidenceIds", "admin.error.statementUnknown", new Object[] { String.valueOf(id) },
						null);
				return;
			}
		}
		if (ids.isEmpty()) {
			errors.rejectValue("evidenceIds", "admin.error.evidence");
		}
	}

	@Override
	protected void referenceData(Model model, PositionForm form) {
		model.addAttribute("actorOptions",
				AdminSupport.options(this.actors.findByRetiredFalseOrderByName(), Actor::getName));
		model.addAttribute("topicOptions",
				AdminSupport.options(this.topics.findByRetiredFalseOrderBySortOrder(), Topic::getName));
		model.addAttribute("stanceOptions", this.admin.options("stance.", Stance.values()));
		model.addAttribute("conditionOptions", this.admin.options("condition.", Condition.values()));
		model.addAttribute("sourceOptions",
				AdminSupport.options(this.sources.findByRetiredFalseOrderByPublishedOnDesc(),
						(source) -> source.getPublishedOn() + " · " + source.getLabel() + ": " + source.getTitle()));
	}

	@Override
	protected Position create(PositionForm form) {
		Topic topic = this.admin.find(Topic.class, Objects.requireNonNull(form.topicId()));
		Position position = new Position(this.admin.find(Actor.class, Objects.requireNonNull(form.actorId())), topic,
				Objects.requireNonNull(form.stance()), Objects.requireNonNull(form.validFrom()),
				this.admin.find(Source.class, Objects.requireNonNull(form.sourceId())), form.summary().strip(),
				this.admin.findAll(Statement.class, evidenceIds(form)));
		update(position, form);
		return this.admin.persist(position);
	}

	@Override
	protected void update(Position position, PositionForm form) {
		position.update(this.admin.find(Actor.class, Objects.requireNonNull(form.actorId())),
				this.admin.find(Topic.class, Objects.requireNonNull(form.topicId())),
				Objects.requireNonNull(form.stance()), Objects.requireNonNull(form.validFrom()),
				this.admin.find(Source.class, Objects.requireNonNull(form.sourceId())), form.summary().strip(),
				AdminSupport.text(form.note()), form.conditions(),
				this.admin.findAll(Statement.class, evidenceIds(form)));
	}

	private static Set<Long> evidenceIds(PositionForm form) {
		Set<Long> ids = new LinkedHashSet<>();
		Arrays.stream(form.evidenceIds().split("[,\\s]+"))
			.filter((part) -> !part.isBlank())
			.forEach((part) -> ids.add((part.length() < 18) ? Long.parseLong(part) : -1L));
		return ids;
	}

}
