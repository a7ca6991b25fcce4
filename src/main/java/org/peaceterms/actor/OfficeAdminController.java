package org.peaceterms.actor;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.peaceterms.admin.AdminController;
import org.peaceterms.admin.AdminListing;
import org.peaceterms.admin.AdminSupport;
import org.peaceterms.admin.AuditHistory;
import org.peaceterms.source.Source;
import org.peaceterms.source.SourceRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Create, edit, retire and restore the offices persons hold, at {@code /admin/offices}.
 */
@Controller
@RequestMapping("/admin/offices")
class OfficeAdminController extends AdminController<Office, OfficeForm> {

	private final ActorRepository actors;

	private final SourceRepository sources;

	OfficeAdminController(AdminSupport admin, AuditHistory history, ActorRepository actors, SourceRepository sources) {
		super(admin, history, Office.class, "offices");
		this.actors = actors;
		this.sources = sources;
	}

	@Override
	protected AdminListing<Office> listing() {
		return new AdminListing<Office>().column("admin.field.title", Office::getTitle, "title")
			.column("admin.field.personId", (office) -> office.getPerson().getName(), "person.name")
			.column("admin.field.organisationId",
					(office) -> (office.getOrganisation() != null) ? office.getOrganisation().getName() : "",
					"organisation.name")
			.column("admin.field.validFrom", Office::getValidFrom, "validFrom")
			.column("admin.field.validTo", Office::getValidTo, "validTo")
			.search("title", "person.name", "organisation.name")
			.filter("person", "admin.field.personId", "person.id",
					AdminSupport.options(this.actors.findByKindAndRetiredFalseOrderByName(ActorKind.PERSON),
							Actor::getName))
			.sortedBy("person.name", false);
	}

	@Override
	protected OfficeForm emptyForm() {
		return new OfficeForm(null, "", null, null, null, null, null);
	}

	@Override
	protected OfficeForm toForm(Office office) {
		return new OfficeForm(office.getPerson().getId(), office.getTitle(), AdminSupport.id(office.getOrganisation()),
				office.getValidFrom(), office.getValidTo(), AdminSupport.id(office.getSource()), office.getVersion());
	}

	@Override
	protected String label(Office office) {
		return office.getPerson().getName() + ": " + office.getTitle();
	}

	@Override
	protected void check(OfficeForm form, @Nullable Office office, BindingResult errors) {
		if (form.personId() != null && !this.admin.find(Actor.class, form.personId()).isPerson()) {
			errors.rejectValue("personId", "admin.error.personOnly");
		}
	}

	@Override
	protected void referenceData(Model model, OfficeForm form) {
		model.addAttribute("personOptions", AdminSupport
			.options(this.actors.findByKindAndRetiredFalseOrderByName(ActorKind.PERSON), Actor::getName));
		model.addAttribute("organisationOptions", AdminSupport
			.options(this.actors.findByKindNotAndRetiredFalseOrderByName(ActorKind.PERSON), Actor::getName));
		model.addAttribute("sourceOptions",
				AdminSupport.options(this.sources.findByRetiredFalseOrderByPublishedOnDesc(),
						(source) -> source.getPublishedOn() + " · " + source.getLabel() + ": " + source.getTitle()));
	}

	@Override
	protected Office create(OfficeForm form) {
		Office office = new Office(person(form), form.title().strip(), null, form.validFrom(), form.validTo(), null);
		update(office, form);
		return this.admin.persist(office);
	}

	@Override
	protected void update(Office office, OfficeForm form) {
		office.update(person(form), form.title().strip(), this.admin.findOptional(Actor.class, form.organisationId()),
				form.validFrom(), form.validTo(), this.admin.findOptional(Source.class, form.sourceId()));
	}

	private Actor person(OfficeForm form) {
		return this.admin.find(Actor.class, Objects.requireNonNull(form.personId()));
	}

}
