package org.peaceterms.event;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.peaceterms.actor.Actor;
import org.peaceterms.actor.ActorRepository;
import org.peaceterms.admin.AdminController;
import org.peaceterms.admin.AdminListing;
import org.peaceterms.admin.AdminSupport;
import org.peaceterms.admin.AuditHistory;
import org.peaceterms.shared.Slugs;
import org.peaceterms.source.Source;
import org.peaceterms.source.SourceRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.RequestMapping;

/** Create, edit, retire and restore events, at {@code /admin/events}. */
@Controller
@RequestMapping("/admin/events")
class EventAdminController extends AdminController<Event, EventForm> {

	private final EventRepository events;

	private final ActorRepository actors;

	private final SourceRepository sources;

	EventAdminController(AdminSupport admin, AuditHistory history, EventRepository events, ActorRepository actors,
			SourceRepository sources) {
		super(admin, history, Event.class, "events");
		this.events = events;
		this.actors = actors;
		this.sources = sources;
	}

	@Override
	protected AdminListing<Event> listing() {
		return new AdminListing<Event>().column("admin.field.name", Event::getName, "name")
			.column("admin.field.startsOn", (event) -> event.getStartsOn().toString(), "startsOn")
			.column("admin.field.kind", (event) -> this.admin.message("admin.eventKind." + event.getKind()), "kind")
			.column("admin.field.place", Event::getPlace, "place")
			.search("name", "place", "description", "slug")
			.filter("kind", "admin.field.kind", "kind", this.admin.options("admin.eventKind.", EventKind.values()))
			.sortedBy("startsOn", true);
	}

	@Override
	protected EventForm emptyForm() {
		return new EventForm("", "", EventKind.MEETING, null, null, null, null, null, Set.of(), Set.of(), null);
	}

	@Override
	protected EventForm toForm(Event event) {
		return new EventForm(event.getSlug(), event.getName(), event.getKind(), event.getStartsOn(), event.getEndsOn(),
				event.getDateNote(), event.getPlace(), event.getDescription(),
				AdminSupport.ids(event.getParticipants()), AdminSupport.ids(event.getSources()), event.getVersion());
	}

	@Override
	protected String label(Event event) {
		return event.getName() + ", " + event.getStartsOn();
	}

	@Override
	protected void check(EventForm form, @Nullable Event event, BindingResult errors) {
		if (!form.slug().isEmpty()
				&& this.events.findBySlug(form.slug()).filter((other) -> !other.equals(event)).isPresent()) {
			errors.rejectValue("slug", "admin.error.slugTaken");
		}
	}

	@Override
	protected void referenceData(Model model, EventForm form) {
		model.addAttribute("kindOptions", this.admin.options("admin.eventKind.", EventKind.values()));
		model.addAttribute("actorOptions",
				AdminSupport.options(this.actors.findByRetiredFalseOrderByName(), Actor::getName));
		model.addAttribute("sourceOptions",
				AdminSupport.options(this.sources.findByRetiredFalseOrderByPublishedOnDesc(),
						(source) -> source.getPublishedOn() + " · " + source.getLabel() + ": " + source.getTitle()));
	}

	@Override
	protected Event create(EventForm form) {
		LocalDate startsOn = Objects.requireNonNull(form.startsOn());
		String slug = form.slug().isEmpty() ? Slugs.unique(startsOn + "-" + form.name(),
				(candidate) -> this.events.findBySlug(candidate).isPresent()) : form.slug();
		Event event = new Event(slug, form.name().strip(), Objects.requireNonNull(form.kind()), startsOn, form.endsOn(),
				this.admin.findAll(Source.class, form.sourceIds()));
		update(event, form);
		return this.admin.persist(event);
	}

	@Override
	protected void update(Event event, EventForm form) {
		event.update(form.slug().isEmpty() ? event.getSlug() : form.slug(), form.name().strip(),
				Objects.requireNonNull(form.kind()), Objects.requireNonNull(form.startsOn()), form.endsOn(),
				AdminSupport.text(form.dateNote()), AdminSupport.text(form.place()),
				AdminSupport.text(form.description()), this.admin.findAll(Actor.class, form.participantIds()),
				this.admin.findAll(Source.class, form.sourceIds()));
	}

}
