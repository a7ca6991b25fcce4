package org.peaceterms.statement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.peaceterms.actor.Actor;
import org.peaceterms.actor.ActorKind;
import org.peaceterms.actor.ActorRepository;
import org.peaceterms.actor.Office;
import org.peaceterms.actor.OfficeRepository;
import org.peaceterms.admin.AdminController;
import org.peaceterms.admin.AdminListing;
import org.peaceterms.admin.AdminSupport;
import org.peaceterms.admin.AuditHistory;
import org.peaceterms.proposal.Provision;
import org.peaceterms.proposal.ProvisionRepository;
import org.peaceterms.shared.Slugs;
import org.peaceterms.source.Reliability;
import org.peaceterms.source.Source;
import org.peaceterms.source.SourceKind;
import org.peaceterms.source.SourceRepository;
import org.peaceterms.topic.Condition;
import org.peaceterms.topic.Ladder;
import org.peaceterms.topic.Stance;
import org.peaceterms.topic.Topic;
import org.peaceterms.topic.TopicRepository;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The editors' main flow, {@code /admin/statements/new}: a statement with its speaker
 * (suggested as the editor types), on whose behalf (from the speaker's office on that
 * date unless chosen), its source (picked, or created in place), topics, and optionally
 * the position it expresses, which is saved with the statement as its evidence. Also the
 * list, edit, retire, restore and history pages every record has.
 */
@Controller
@RequestMapping("/admin/statements")
class StatementAdminController extends AdminController<Statement, StatementForm> {

	private static final int TEXT_IN_LIST = 120;

	private final ActorRepository actors;

	private final OfficeRepository offices;

	private final SourceRepository sources;

	private final TopicRepository topics;

	private final ProvisionRepository provisions;

	StatementAdminController(AdminSupport admin, AuditHistory history, ActorRepository actors, OfficeRepository offices,
			SourceRepository sources, TopicRepository topics, ProvisionRepository provisions) {
		super(admin, history, Statement.class, "statements");
		this.actors = actors;
		this.offices = offices;
		this.sources = sources;
		this.topics = topics;
		this.provisions = provisions;
	}

	/**
	 * Whom the person spoke for on the date, from their office: what the form's script
	 * pre-fills "on behalf of" with. Empty when the person or an office is unknown.
	 */
	@GetMapping("/office")
	@ResponseBody
	Map<String, Object> office(@RequestParam String speaker,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date) {
		return this.admin.read(() -> person(speaker)
			.flatMap((person) -> officeOrganisation(person, (date != null) ? date : LocalDate.now()))
			.<Map<String, Object>>map(
					(actor) -> Map.of("id", Objects.requireNonNull(actor.getId()), "name", actor.getName()))
			.orElse(Map.of()));
	}

	@Override
	protected AdminListing<Statement> listing() {
		return new AdminListing<Statement>()
			.column("admin.field.saidOn", (statement) -> statement.getSaidOn().toString(), "saidOn")
			.column("admin.field.speaker", (statement) -> statement.getSpeaker().getName(), "speaker.name")
			.column("admin.field.onBehalfOfId",
					(statement) -> (statement.getOnBehalfOf() != null) ? statement.getOnBehalfOf().getName() : "",
					"onBehalfOf.name")
			.column("admin.field.text", (statement) -> shorten(statement.getText()))
			.column("admin.field.sourceId", (statement) -> statement.getSource().getLabel(), "source.title")
			.search("text", "speaker.name", "onBehalfOf.name")
			.filter("topic", "admin.field.topicIds", "topics.id",
					AdminSupport.options(this.topics.findByRetiredFalseOrderBySortOrder(), Topic::getName))
			.filter("speaker", "admin.field.speaker", "speaker.id",
					AdminSupport.options(this.actors.findByKindAndRetiredFalseOrderByName(ActorKind.PERSON),
							Actor::getName))
			.sortedBy("saidOn", true);
	}

	@Override
	protected StatementForm emptyForm() {
		return StatementForm.empty();
	}

	@Override
	protected StatementForm toForm(Statement statement) {
		Set<Long> topicIds = new LinkedHashSet<>();
		statement.getTopics().forEach((topic) -> topicIds.add(topic.getId()));
		return new StatementForm(statement.getSpeaker().getName(), idOf(statement.getOnBehalfOf()),
				statement.getSaidOn(), statement.getText(), statement.isVerbatim(), statement.getSource().getId(), null,
				null, null, null, SourceKind.NEWS, topicIds, idOf(statement.getProvision()), statement.getReportedVia(),
				statement.getContext(), null, null, Set.of(), null, statement.getVersion());
	}

	@Override
	protected String label(Statement statement) {
		return statement.getSpeaker().getName() + ", " + statement.getSaidOn() + ": " + shorten(statement.getText());
	}

	@Override
	protected void check(StatementForm form, @Nullable Statement statement, BindingResult errors) {
		if (!errors.hasFieldErrors("text") && !StringUtils.hasText(form.text())) {
			// Bean Validation's trim() keeps Unicode spaces the entity's own check
			// rejects.
			errors.rejectValue("text", "admin.error.required");
		}
		if (!form.speaker().isBlank() && person(form.speaker()).isEmpty()) {
			errors.rejectValue("speaker", "admin.error.speakerUnknown");
		}
		if (form.stance() != null && form.positionTopicId() != null) {
			Topic topic = this.admin.find(Topic.class, form.positionTopicId());
			if (form.stance().getLadder() != topic.getLadder()) {
				errors.rejectValue("stance", "admin.error.stanceLadder");
			}
		}
	}

	@Override
	protected void referenceData(Model model, StatementForm form) {
		model.addAttribute("persons", this.actors.findByKindAndRetiredFalseOrderByName(ActorKind.PERSON));
		model.addAttribute("behalfOptions", AdminSupport
			.options(this.actors.findByKindNotAndRetiredFalseOrderByName(ActorKind.PERSON), Actor::getName));
		model.addAttribute("sourceOptions",
				AdminSupport.options(this.sources.findByRetiredFalseOrderByPublishedOnDesc(),
						(source) -> source.getPublishedOn() + " · " + source.getLabel() + ": " + source.getTitle()));
		List<Topic> allTopics = this.topics.findByRetiredFalseOrderBySortOrder();
		model.addAttribute("topicOptions", AdminSupport.options(allTopics, Topic::getName));
		model.addAttribute("provisionOptions",
				AdminSupport.options(this.provisions.findAllWithProposal(),
						(provision) -> provision.getProposal().getShortTitle() + " §" + provision.getNumber() + ": "
								+ shorten(provision.getText())));
		model.addAttribute("sourceKindOptions", this.admin.options("admin.sourceKind.", SourceKind.values()));
		model.addAttribute("troopStances",
				this.admin.options("stance.", Ladder.TROOPS.levels().toArray(Stance[]::new)));
		model.addAttribute("generalStances",
				this.admin.options("stance.", Ladder.GENERAL.levels().toArray(Stance[]::new)));
		model.addAttribute("conditionOptions", this.admin.options("condition.", Condition.values()));
		model.addAttribute("verbatimOptions",
				List.of(new AdminListing.Option("true", this.admin.message("admin.verbatim.true")),
						new AdminListing.Option("false", this.admin.message("admin.verbatim.false"))));
	}

	@Override
	protected void preview(Model model, StatementForm form) {
		Actor speaker = person(form.speaker()).orElseThrow();
		LocalDate saidOn = Objects.requireNonNull(form.saidOn());
		Actor behalf = onBehalfOf(form, speaker, saidOn);
		Source source = (form.sourceId() != null) ? this.admin.find(Source.class, form.sourceId()) : null;
		List<String> topicNames = new ArrayList<>();
		this.topics.findAllById(form.topicIds()).forEach((topic) -> topicNames.add(topic.getName()));
		model.addAttribute("preview",
				new StatementPreview(speaker.getName(), (behalf != null) ? behalf.getName() : null, saidOn, form.text(),
						form.verbatim(),
						(source != null) ? source.getLabel()
								: Objects.requireNonNullElse(blankToNull(form.sourceOutlet()),
										Objects.requireNonNullElse(form.sourceTitle(), "")),
						(source != null) ? source.getPublishedOn() : form.sourcePublishedOn(),
						(source != null) ? source.getUrl() : blankToNull(form.sourceUrl()), topicNames, form.stance(),
						form.conditions(), (form.stance() != null) ? positionActor(behalf, speaker).getName() : null));
	}

	@Override
	protected Statement create(StatementForm form) {
		Actor speaker = person(form.speaker()).orElseThrow();
		LocalDate saidOn = Objects.requireNonNull(form.saidOn());
		Source source = source(form);
		Actor behalf = onBehalfOf(form, speaker, saidOn);
		Statement statement = this.admin.persist(
				new Statement(speaker, behalf, saidOn, form.text(), form.verbatim(), source, topics(form.topicIds())));
		apply(statement, form, speaker, behalf, source);
		if (form.stance() != null) {
			Topic topic = this.admin.find(Topic.class, Objects.requireNonNull(form.positionTopicId()));
			String summary = Objects.requireNonNullElse(blankToNull(form.positionSummary()),
					shorten(form.text(), 1000));
			Position position = new Position(positionActor(behalf, speaker), topic, form.stance(), saidOn, source,
					summary, Set.of(statement));
			position.update(position.getActor(), topic, form.stance(), saidOn, source, summary, null, form.conditions(),
					Set.of(statement));
			this.admin.persist(position);
		}
		return statement;
	}

	@Override
	protected void update(Statement statement, StatementForm form) {
		Actor speaker = person(form.speaker()).orElseThrow();
		Actor behalf = onBehalfOf(form, speaker, Objects.requireNonNull(form.saidOn()));
		apply(statement, form, speaker, behalf, source(form));
	}

	@Override
	protected StatementForm nextForm(StatementForm saved, Statement statement) {
		return saved.next(Objects.requireNonNull(statement.getSource().getId()));
	}

	private void apply(Statement statement, StatementForm form, Actor speaker, @Nullable Actor behalf, Source source) {
		statement.update(speaker, behalf, Objects.requireNonNull(form.saidOn()), form.text(), form.verbatim(), source,
				topics(form.topicIds()), this.admin.findOptional(Provision.class, form.provisionId()),
				statement.getEvent(), blankToNull(form.reportedVia()), blankToNull(form.context()));
	}

	private Optional<Actor> person(String name) {
		return this.actors.findFirstByKindAndNameIgnoreCaseAndRetiredFalse(ActorKind.PERSON, name.strip());
	}

	private Optional<Actor> officeOrganisation(Actor person, LocalDate date) {
		return this.offices.findByPerson(person)
			.stream()
			.filter((office) -> office.isHeldOn(date) && office.getOrganisation() != null)
			.map(Office::getOrganisation)
			.filter(Objects::nonNull)
			.findFirst();
	}

	/**
	 * The chosen "on behalf of", or else the organisation of the speaker's office then.
	 */
	private @Nullable Actor onBehalfOf(StatementForm form, Actor speaker, LocalDate saidOn) {
		if (form.onBehalfOfId() != null) {
			return this.admin.find(Actor.class, form.onBehalfOfId());
		}
		return officeOrganisation(speaker, saidOn).orElse(null);
	}

	/**
	 * Whose stance a statement expresses: the country or body spoken for, else the
	 * person.
	 */
	private static Actor positionActor(@Nullable Actor behalf, Actor speaker) {
		return (behalf != null) ? behalf : speaker;
	}

	/** The picked source, or a new one from the form's source fields. */
	private Source source(StatementForm form) {
		if (form.sourceId() != null) {
			return this.admin.find(Source.class, form.sourceId());
		}
		String title = Objects.requireNonNull(form.sourceTitle()).strip();
		LocalDate published = Objects.requireNonNull(form.sourcePublishedOn());
		Source source = new Source(
				Slugs.unique(published + "-" + title, (slug) -> this.sources.findBySlug(slug).isPresent()),
				blankToNull(form.sourceOutlet()), title, blankToNull(form.sourceUrl()), published,
				Objects.requireNonNullElse(form.sourceKind(), SourceKind.NEWS), Reliability.ESTABLISHED);
		return this.admin.persist(source);
	}

	private Set<Topic> topics(Set<Long> ids) {
		return new LinkedHashSet<>(this.topics.findAllById(ids));
	}

	private static @Nullable Long idOf(@Nullable Object entity) {
		return (entity instanceof org.peaceterms.shared.AuditedEntity audited) ? audited.getId() : null;
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	private static String shorten(String text) {
		return shorten(text, TEXT_IN_LIST);
	}

	private static String shorten(String text, int length) {
		return (text.length() > length) ? text.substring(0, length - 1) + "…" : text;
	}

	/** The statement as the public pages will show it, before it is saved. */
	record StatementPreview(String speaker, @Nullable String onBehalfOf, LocalDate saidOn, String text,
			boolean verbatim, String sourceLabel, @Nullable LocalDate sourceDate, @Nullable String sourceUrl,
			List<String> topics, @Nullable Stance stance, Set<Condition> conditions, @Nullable String positionActor) {

	}

}
