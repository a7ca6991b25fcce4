package org.peaceterms.actor;

import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.peaceterms.admin.AdminController;
import org.peaceterms.admin.AdminListing;
import org.peaceterms.admin.AdminSupport;
import org.peaceterms.admin.AuditHistory;
import org.peaceterms.shared.Slugs;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Create, edit, retire and restore actors, at {@code /admin/actors}; a person's offices
 * are edited at {@code /admin/offices}.
 */
@Controller
@RequestMapping("/admin/actors")
class ActorAdminController extends AdminController<Actor, ActorForm> {

	private final ActorRepository actors;

	private final OfficeRepository offices;

	ActorAdminController(AdminSupport admin, AuditHistory history, ActorRepository actors, OfficeRepository offices) {
		super(admin, history, Actor.class, "actors");
		this.actors = actors;
		this.offices = offices;
	}

	@Override
	protected AdminListing<Actor> listing() {
		return new AdminListing<Actor>().column("admin.field.name", Actor::getName, "name")
			.column("admin.field.kind", (actor) -> this.admin.message("admin.actorKind." + actor.getKind()), "kind")
			.column("admin.field.isoCode", Actor::getIsoCode, "isoCode")
			.search("name", "slug", "description")
			.filter("kind", "admin.field.kind", "kind", this.admin.options("admin.actorKind.", ActorKind.values()))
			.sortedBy("name", false);
	}

	@Override
	protected ActorForm emptyForm() {
		return new ActorForm("", "", ActorKind.PERSON, null, null, null);
	}

	@Override
	protected ActorForm toForm(Actor actor) {
		return new ActorForm(actor.getSlug(), actor.getName(), actor.getKind(), actor.getIsoCode(),
				actor.getDescription(), actor.getVersion());
	}

	@Override
	protected String label(Actor actor) {
		return actor.getName();
	}

	@Override
	protected void check(ActorForm form, @Nullable Actor actor, BindingResult errors) {
		if (!form.slug().isEmpty()
				&& this.actors.findBySlug(form.slug()).filter((other) -> !other.equals(actor)).isPresent()) {
			errors.rejectValue("slug", "admin.error.slugTaken");
		}
		if (AdminSupport.text(form.isoCode()) != null && form.kind() != ActorKind.COUNTRY) {
			errors.rejectValue("isoCode", "admin.error.isoCountryOnly");
		}
	}

	@Override
	protected void referenceData(Model model, ActorForm form) {
		model.addAttribute("kindOptions", this.admin.options("admin.actorKind.", ActorKind.values()));
		Object record = model.getAttribute("record");
		if (record instanceof Actor actor && actor.isPerson()) {
			model.addAttribute("offices", this.offices.findByPerson(actor));
		}
	}

	@Override
	protected Actor create(ActorForm form) {
		String slug = form.slug().isEmpty()
				? Slugs.unique(form.name(), (candidate) -> this.actors.findBySlug(candidate).isPresent()) : form.slug();
		Actor actor = new Actor(slug, form.name().strip(), Objects.requireNonNull(form.kind()), isoCode(form));
		update(actor, form);
		return this.admin.persist(actor);
	}

	@Override
	protected void update(Actor actor, ActorForm form) {
		actor.update(form.slug().isEmpty() ? actor.getSlug() : form.slug(), form.name().strip(),
				Objects.requireNonNull(form.kind()), isoCode(form), AdminSupport.text(form.description()));
	}

	private static @Nullable String isoCode(ActorForm form) {
		String code = AdminSupport.text(form.isoCode());
		return (code != null) ? code.toUpperCase(Locale.ROOT) : null;
	}

}
