package org.peaceterms.source;

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

/** Create, edit, retire and restore sources, at {@code /admin/sources}. */
@Controller
@RequestMapping("/admin/sources")
class SourceAdminController extends AdminController<Source, SourceForm> {

	private final SourceRepository sources;

	SourceAdminController(AdminSupport admin, AuditHistory history, SourceRepository sources) {
		super(admin, history, Source.class, "sources");
		this.sources = sources;
	}

	@Override
	protected AdminListing<Source> listing() {
		return new AdminListing<Source>().column("admin.field.title", Source::getTitle, "title")
			.column("admin.field.outlet", Source::getOutlet, "outlet")
			.column("admin.field.publishedOn", (source) -> source.getPublishedOn().toString(), "publishedOn")
			.column("admin.field.kind", (source) -> this.admin.message("admin.sourceKind." + source.getKind()), "kind")
			.search("title", "outlet", "url", "slug")
			.filter("kind", "admin.field.kind", "kind", this.admin.options("admin.sourceKind.", SourceKind.values()))
			.filter("reliability", "admin.field.reliability", "reliability",
					this.admin.options("admin.reliability.", Reliability.values()))
			.sortedBy("publishedOn", true);
	}

	@Override
	protected SourceForm emptyForm() {
		return new SourceForm("", null, "", null, null, null, SourceKind.NEWS, Reliability.ESTABLISHED, null);
	}

	@Override
	protected SourceForm toForm(Source source) {
		return new SourceForm(source.getSlug(), source.getOutlet(), source.getTitle(), source.getUrl(),
				source.getPublishedOn(), source.getDateNote(), source.getKind(), source.getReliability(),
				source.getVersion());
	}

	@Override
	protected String label(Source source) {
		return source.getLabel() + ", " + source.getPublishedOn();
	}

	@Override
	protected void check(SourceForm form, @Nullable Source source, BindingResult errors) {
		if (!form.slug().isEmpty()
				&& this.sources.findBySlug(form.slug()).filter((other) -> !other.equals(source)).isPresent()) {
			errors.rejectValue("slug", "admin.error.slugTaken");
		}
	}

	@Override
	protected void referenceData(Model model, SourceForm form) {
		model.addAttribute("kindOptions", this.admin.options("admin.sourceKind.", SourceKind.values()));
		model.addAttribute("reliabilityOptions", this.admin.options("admin.reliability.", Reliability.values()));
	}

	@Override
	protected Source create(SourceForm form) {
		Source source = new Source(slug(form), form.outlet(), form.title(), form.url(),
				Objects.requireNonNull(form.publishedOn()), Objects.requireNonNull(form.kind()),
				Objects.requireNonNull(form.reliability()));
		update(source, form);
		return this.admin.persist(source);
	}

	@Override
	protected void update(Source source, SourceForm form) {
		source.update(form.slug().isEmpty() ? source.getSlug() : form.slug(), AdminSupport.text(form.outlet()),
				form.title().strip(), AdminSupport.text(form.url()), Objects.requireNonNull(form.publishedOn()),
				AdminSupport.text(form.dateNote()), Objects.requireNonNull(form.kind()),
				Objects.requireNonNull(form.reliability()));
	}

	private String slug(SourceForm form) {
		return form.slug().isEmpty() ? Slugs.unique(form.publishedOn() + "-" + form.title(),
				(slug) -> this.sources.findBySlug(slug).isPresent()) : form.slug();
	}

}
