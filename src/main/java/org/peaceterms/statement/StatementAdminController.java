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
import org.peaceterms.shared.Attribution;
import org.peaceterms.shared.DatePrecision;
import org.peaceterms.shared.FuzzyDate;
import org.peaceterms.shared.Slugs;
import org.peaceterms.shared.Sourcing;
import org.peaceterms.shared.Text;
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
			.column("admin.field.speaker", Statement::getSpeakerName, "speakerLabel")
			.column("admin.field.onBehalfOfId",
					(statement) -> (statement.getOnBehalfOf() != null) ? statement.getOnBehalfOf().getName() : "",
					"onBehalfOf.name")
			.column("admin.field.text", (statement) -> shorten(statement.getText()))
			.column("admin.field.sourceId", (statement) -> statement.getSource().getLabel(), "source.title")
			.search("text", "speakerLabel", "accordingTo")
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
		Sourcing sourcing = statement.getSourcing();
		Actor speaker = statement.getSpeaker();
		return new StatementForm((speaker != null) ? speaker.getName() : "", statement.getSpeakerLabel(),
				idOf(statement.getOnBehalfOf()), statement.getSaidOn(), sourcing.getDatePrecision(),
				sourcing.getDateQualifier(), statement.getText(), statement.getAttribution(),
				statement.getAccordingTo(), sourcing.getExcerpt(), sourcing.getConfidence(),
				statement.getSource().getId(), null, null, null, null, SourceKind.NEWS, topicIds,
				idOf(statement.getProvision()), statement.getContext(), null, null, Set.of(), null,
				statement.getVersion());
	}

	@Override
	protected String label(Statement statement) {
		return statement.getSpeakerName() + ", " + statement.getSaidOn() + ": " + shorten(statement.getText());
	}

	@Override
	protected void check(StatementForm form, @Nullable Statement statement, BindingResult errors) {
		if (!errors.hasFieldErrors("text") && !StringUtils.hasText(form.text())) {
			// Bean Validation's trim() keeps Unicode spaces the entity's own check
			// rejects.
			errors.rejectValue("text", "admin.error.required");
		}
		boolean named = !form.speaker().isBlank();
		if (named && speaker(form.speaker()).isEmpty()) {
			List<Actor> candidates = candidates(form.speaker());
			if (candidates.size() > 1) {
				errors.rejectValue("speaker", "admin.error.speakerAmbiguous",
						new Object[] { String.join(", ", candidates.stream().limit(5).map(Actor::getName).toList()) },
						null);
			}
			else {
				errors.rejectValue("speaker", "admin.error.speakerUnknown");
			}
		}
		if (!named && Text.blankToNull(form.speakerLabel()) == null) {
			errors.rejectValue("speaker", "admin.error.speakerOrLabel");
		}
		if (named && Text.blankToNull(form.speakerLabel()) != null) {
			errors.rejectValue("speakerLabel", "admin.error.speakerAndLabel");
		}
		if (form.attribution() == Attribution.SAID && !named) {
			errors.rejectValue("attribution", "admin.error.quoteNeedsSpeaker");
		}
		if (form.attribution() == Attribution.REPORTED && Text.blankToNull(form.excerpt()) == null
				&& !errors.hasFieldErrors("excerpt")) {
			errors.rejectValue("excerpt", "admin.error.excerptForReport");
		}
		if (form.stance() != null && !named && form.onBehalfOfId() == null) {
			errors.rejectValue("onBehalfOfId", "admin.error.positionNeedsActor");
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
		model.addAttribute("speakers", this.actors.findByRetiredFalseOrderByName());
		model.addAttribute("behalfOptions", AdminSupport
			.options(this.actors.findByKindNotAndRetiredFalseOrderByName(ActorKind.PERSON), Actor::getName));
		model.addAttribute("sourceOptions",
				AdminSupport.options(this.sources.findByRetiredFalseOrderByPublishedOnDesc(),
						(source) -> source.getPublishedOn() + " · " + source.getLabel() + ": " + source.getTitle()));
		List<Topic> allTopics = this.topics.findByRetiredFalseOrderBySortOrder();
		model.addAttribute("topicOptions", AdminSupport.options(allTopics, Topic::getName));
		model.addAttribute("positionTopics", allTopics);
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
	}

	@Override
	protected void preview(Model model, StatementForm form) {
		Actor speaker = speaker(form.speaker()).orElse(null);
		LocalDate saidOn = saidOn(form);
		Actor behalf = onBehalfOf(form, speaker, saidOn);
		Source source = (form.sourceId() != null) ? this.admin.find(Source.class, form.sourceId()) : null;
		List<String> topicNames = new ArrayList<>();
		this.topics.findAllById(form.topicIds()).forEach((topic) -> topicNames.add(topic.getName()));
		model.addAttribute("preview", new StatementPreview(
				(speaker != null) ? speaker.getName() : Objects.requireNonNullElse(form.speakerLabel(), ""),
				(behalf != null) ? behalf.getName() : null, form.text(), Objects.requireNonNull(form.attribution()),
				Text.blankToNull(form.accordingTo()), FuzzyDate.of(saidOn, form.datePrecision(), form.dateQualifier()),
				(source != null) ? source.getLabel()
						: Objects.requireNonNullElse(Text.blankToNull(form.sourceOutlet()),
								Objects.requireNonNullElse(form.sourceTitle(), "")),
				(source != null) ? source.getPublishedOn() : form.sourcePublishedOn(),
				(source != null) ? source.getUrl() : Text.blankToNull(form.sourceUrl()), topicNames, form.stance(),
				form.conditions(), (form.stance() != null) ? positionActor(behalf, speaker).getName() : null,
				Text.blankToNull(form.excerpt())));
	}

	@Override
	protected Statement create(StatementForm form) {
		Actor speaker = speaker(form.speaker()).orElse(null);
		LocalDate saidOn = saidOn(form);
		Source source = source(form);
		Actor behalf = onBehalfOf(form, speaker, saidOn);
		Statement statement = this.admin.persist(new Statement(speaker, Text.blankToNull(form.speakerLabel()), behalf,
				saidOn, form.text(), Objects.requireNonNull(form.attribution()), source, topics(form.topicIds())));
		apply(statement, form, speaker, behalf, source);
		if (form.stance() != null) {
			Topic topic = this.admin.find(Topic.class, Objects.requireNonNull(form.positionTopicId()));
			String summary = Objects.requireNonNullElse(Text.blankToNull(form.positionSummary()),
					shorten(form.text(), 1000));
			Position position = new Position(positionActor(behalf, speaker), topic, form.stance(), saidOn, source,
					summary, Set.of(statement));
			position.update(position.getActor(), topic, form.stance(), saidOn, source, summary, null, form.conditions(),
					Set.of(statement));
			position.setSourcing(new Sourcing(form.datePrecision(), form.dateQualifier(), null, form.confidence()));
			this.admin.persist(position);
		}
		return statement;
	}

	@Override
	protected void update(Statement statement, StatementForm form) {
		Actor speaker = speaker(form.speaker()).orElse(null);
		Actor behalf = onBehalfOf(form, speaker, saidOn(form));
		apply(statement, form, speaker, behalf, source(form));
	}

	@Override
	protected @Nullable String publicPath(Statement statement) {
		return "/statements/" + statement.getId();
	}

	@Override
	protected StatementForm nextForm(StatementForm saved, Statement statement) {
		return saved.next(Objects.requireNonNull(statement.getSource().getId()));
	}

	private void apply(Statement statement, StatementForm form, @Nullable Actor speaker, @Nullable Actor behalf,
			Source source) {
		statement.update(speaker, (speaker != null) ? null : Text.blankToNull(form.speakerLabel()), behalf,
				saidOn(form), form.text(), Objects.requireNonNull(form.attribution()), source, topics(form.topicIds()),
				this.admin.findOptional(Provision.class, form.provisionId()), statement.getEvent(),
				Text.blankToNull(form.accordingTo()), Text.blankToNull(form.context()),
				new Sourcing(form.datePrecision(), form.dateQualifier(), form.excerpt(), form.confidence()));
	}

	/** The date to store: the first day of the month or year when only that is known. */
	private static LocalDate saidOn(StatementForm form) {
		return FuzzyDate.storedDay(Objects.requireNonNull(form.saidOn()),
				Objects.requireNonNullElse(form.datePrecision(), DatePrecision.DAY));
	}

	/** The named speaker: a person, a country, an organisation or a coalition. */
	private Optional<Actor> speaker(String name) {
		if (name.isBlank()) {
			return Optional.empty();
		}
		Optional<Actor> person = this.actors.findFirstByKindAndNameIgnoreCaseAndRetiredFalse(ActorKind.PERSON,
				name.strip());
		if (person.isPresent()) {
			return person;
		}
		Optional<Actor> named = this.actors.findFirstByNameIgnoreCaseAndRetiredFalse(name.strip());
		return named.isPresent() ? named : person(name);
	}

	/**
	 * The person of that name, or else the only person whose name contains what was typed
	 * ("Merz" is Friedrich Merz); empty when none or several match.
	 */
	private Optional<Actor> person(String name) {
		Optional<Actor> exact = this.actors.findFirstByKindAndNameIgnoreCaseAndRetiredFalse(ActorKind.PERSON,
				name.strip());
		if (exact.isPresent()) {
			return exact;
		}
		List<Actor> candidates = candidates(name);
		return (candidates.size() == 1) ? Optional.of(candidates.get(0)) : Optional.empty();
	}

	private List<Actor> candidates(String name) {
		String part = name.strip().replaceAll("\\s+", " ");
		if (part.length() < 2) {
			return List.of();
		}
		return this.actors.findByKindAndNameContainingIgnoreCaseAndRetiredFalseOrderByName(ActorKind.PERSON, part);
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
	private @Nullable Actor onBehalfOf(StatementForm form, @Nullable Actor speaker, LocalDate saidOn) {
		if (form.onBehalfOfId() != null) {
			return this.admin.find(Actor.class, form.onBehalfOfId());
		}
		if (speaker == null || speaker.getKind() != ActorKind.PERSON) {
			return null;
		}
		return officeOrganisation(speaker, saidOn).orElse(null);
	}

	/**
	 * Whose stance a statement expresses: the country or body spoken for, else the
	 * person.
	 */
	private static Actor positionActor(@Nullable Actor behalf, @Nullable Actor speaker) {
		return Objects.requireNonNull((behalf != null) ? behalf : speaker, "a position needs an actor");
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
				Text.blankToNull(form.sourceOutlet()), title, Text.blankToNull(form.sourceUrl()), published,
				Objects.requireNonNullElse(form.sourceKind(), SourceKind.NEWS), Reliability.ESTABLISHED);
		return this.admin.persist(source);
	}

	private Set<Topic> topics(Set<Long> ids) {
		return new LinkedHashSet<>(this.topics.findAllById(ids));
	}

	private static @Nullable Long idOf(@Nullable Object entity) {
		return (entity instanceof org.peaceterms.shared.AuditedEntity audited) ? audited.getId() : null;
	}

	private static String shorten(String text) {
		return shorten(text, TEXT_IN_LIST);
	}

	private static String shorten(String text, int length) {
		return (text.length() > length) ? text.substring(0, length - 1) + "…" : text;
	}

	/** The statement as the public pages will show it, before it is saved. */
	record StatementPreview(String speaker, @Nullable String onBehalfOf, String text, Attribution attribution,
			@Nullable String accordingTo, FuzzyDate date, String sourceLabel, @Nullable LocalDate sourceDate,
			@Nullable String sourceUrl, List<String> topics, @Nullable Stance stance, Set<Condition> conditions,
			@Nullable String positionActor, @Nullable String excerpt) {

		/** Whether the text is shown in quotation marks. */
		public boolean isQuote() {
			return this.attribution.isQuote();
		}

	}

}
