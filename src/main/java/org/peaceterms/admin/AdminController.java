package org.peaceterms.admin;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.peaceterms.shared.Attribution;
import org.peaceterms.shared.AuditedEntity;
import org.peaceterms.shared.Confidence;
import org.peaceterms.shared.DatePrecision;
import org.peaceterms.shared.DateQualifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admin pages every kind of record shares, written once: a list with search, filters,
 * sorting and paging; one form for create and edit; preview; "save and add another";
 * retire and restore; the history of every revision; and the conflict page a stale save
 * gets. A feature's admin controller extends it, maps it under {@code /admin/<feature>},
 * and supplies what differs: its form record, how a form becomes a record and back, and
 * its listing.
 *
 * <p>
 * Templates: {@code admin/list}, {@code admin/history} (shared) and
 * {@code admin/<feature>/form}. Messages: {@code admin.<feature>.title}, {@code .new},
 * {@code .edit}.
 *
 * @param <E> the entity edited
 * @param <F> its form record
 */
public abstract class AdminController<E extends AuditedEntity, F extends Record & AdminForm> {

	private static final Logger logger = LoggerFactory.getLogger(AdminController.class);

	/** The submit button's name; its values pick what a POST does. */
	protected static final String ACTION = "action";

	protected final AdminSupport admin;

	private final AuditHistory history;

	private final Class<E> type;

	private final String feature;

	protected AdminController(AdminSupport admin, AuditHistory history, Class<E> type, String feature) {
		this.admin = admin;
		this.history = history;
		this.type = type;
		this.feature = feature;
	}

	/**
	 * Columns, search paths and filters of the list page. Called inside a transaction.
	 */
	protected abstract AdminListing<E> listing();

	/** The form of a new record. */
	protected abstract F emptyForm();

	/** The form filled from a stored record. Called inside a transaction. */
	protected abstract F toForm(E entity);

	/**
	 * Creates and persists the record the form describes. Called inside a transaction.
	 */
	protected abstract E create(F form);

	/** Applies the form to a stored record. Called inside a transaction. */
	protected abstract void update(E entity, F form);

	/** A short name for the record, for headings and messages. */
	protected abstract String label(E entity);

	/**
	 * Checks that need the database (does the named person exist, does the stance fit the
	 * topic), adding field errors to {@code errors}. Called inside a transaction.
	 */
	protected void check(F form, @Nullable E entity, BindingResult errors) {
	}

	/** Choices the form offers (sources, topics, actors). Called inside a transaction. */
	protected void referenceData(Model model, F form) {
	}

	/**
	 * What the form shows as a preview of the record it would save; the default has no
	 * preview. Called inside a transaction on a valid form.
	 */
	protected void preview(Model model, F form) {
	}

	/**
	 * The form "save and add another" opens with: what the next record likely shares with
	 * the one just saved.
	 */
	protected F nextForm(F saved, E entity) {
		return emptyForm();
	}

	protected String base() {
		return "/admin/" + this.feature;
	}

	/**
	 * The public page that shows the record, for the "view it on the site" link after a
	 * save; {@code null} (the default) where no public page shows this kind of record.
	 */
	protected @Nullable String publicPath(E entity) {
		return null;
	}

	@GetMapping
	public String list(@RequestParam Map<String, String> params, Model model) {
		return this.admin.read(() -> {
			AdminListing<E> listing = listing();
			ListQuery query = ListQuery.from(base(), params, listing);
			model.addAttribute("listing", listing);
			model.addAttribute("query", query);
			model.addAttribute("page", this.admin.page(this.type, listing, query));
			addCommon(model);
			return "admin/list";
		});
	}

	@GetMapping("/new")
	public String newForm(Model model) {
		return this.admin.read(() -> {
			F form = (model.getAttribute("form") instanceof AdminForm kept) ? cast(kept) : emptyForm();
			return showForm(model, form, null);
		});
	}

	@PostMapping("/new")
	public String create(@Valid @ModelAttribute("form") F form, BindingResult errors,
			@RequestParam(name = ACTION, defaultValue = "save") String action, Model model,
			RedirectAttributes redirect) {
		try {
			return this.admin.write(() -> {
				FormText.check(form, errors);
				check(form, null, errors);
				if (errors.hasErrors() || "preview".equals(action)) {
					if (!errors.hasErrors()) {
						preview(model, form);
						model.addAttribute("previewing", true);
					}
					return showForm(model, form, null);
				}
				E saved = create(form);
				this.admin.flush();
				redirect.addFlashAttribute("flash", this.admin.message("admin.flash.created", label(saved)));
				redirect.addFlashAttribute("flashLink", publicPath(saved));
				if ("another".equals(action)) {
					redirect.addFlashAttribute("form", nextForm(form, saved));
					return "redirect:" + base() + "/new";
				}
				return "redirect:" + base() + "/" + saved.getId();
			});
		}
		catch (DataIntegrityViolationException ex) {
			return integrityProblem(ex, form, null, errors, model);
		}
		catch (ConcurrencyFailureException ex) {
			// A record this one refers to changed or was locked while saving.
			logger.info("Create of {} refused by a concurrent change: {}", this.type.getSimpleName(), ex.toString());
			errors.reject("admin.error.concurrent");
			return this.admin.read(() -> showForm(model, form, null));
		}
	}

	@GetMapping("/{id}")
	public String editForm(@PathVariable long id, Model model) {
		return this.admin.read(() -> {
			E entity = this.admin.find(this.type, id);
			return showForm(model, toForm(entity), entity);
		});
	}

	@PostMapping("/{id}")
	public String update(@PathVariable long id, @Valid @ModelAttribute("form") F form, BindingResult errors,
			@RequestParam(name = ACTION, defaultValue = "save") String action, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		try {
			return this.admin.write(() -> {
				E entity = this.admin.find(this.type, id);
				if (!Objects.equals(form.version(), entity.getVersion())) {
					return conflict(model, form, entity, response);
				}
				FormText.check(form, errors);
				check(form, entity, errors);
				if (errors.hasErrors() || "preview".equals(action)) {
					if (!errors.hasErrors()) {
						preview(model, form);
						model.addAttribute("previewing", true);
					}
					return showForm(model, form, entity);
				}
				update(entity, form);
				this.admin.flush();
				redirect.addFlashAttribute("flash", this.admin.message("admin.flash.updated", label(entity)));
				redirect.addFlashAttribute("flashLink", publicPath(entity));
				return "redirect:" + base() + "/" + id;
			});
		}
		catch (ConcurrencyFailureException ex) {
			// Another save landed between our version check and our commit (or held a
			// lock
			// we needed): the editor gets the conflict page with their input, as for a
			// stale
			// form.
			return this.admin.read(() -> conflict(model, form, this.admin.find(this.type, id), response));
		}
		catch (DataIntegrityViolationException ex) {
			return integrityProblem(ex, form, id, errors, model);
		}
	}

	/**
	 * Retires a record once confirmed: without {@code confirmed=true} it shows the
	 * confirmation page, whose button posts here again with it (no script needed).
	 */
	@PostMapping("/{id}/retire")
	public String retire(@PathVariable long id, @RequestParam(defaultValue = "false") boolean confirmed, Model model,
			RedirectAttributes redirect) {
		if (!confirmed) {
			return this.admin.read(() -> {
				E entity = this.admin.find(this.type, id);
				model.addAttribute("record", entity);
				model.addAttribute("recordLabel", label(entity));
				addCommon(model);
				return "admin/confirm-retire";
			});
		}
		return changeRetired(id, true, redirect);
	}

	@PostMapping("/{id}/restore")
	public String restore(@PathVariable long id, RedirectAttributes redirect) {
		return changeRetired(id, false, redirect);
	}

	private String changeRetired(long id, boolean retire, RedirectAttributes redirect) {
		try {
			return this.admin.write(() -> {
				E entity = this.admin.find(this.type, id);
				if (retire) {
					entity.retire();
				}
				else {
					entity.restore();
				}
				this.admin.flush();
				redirect.addFlashAttribute("flash",
						this.admin.message(retire ? "admin.flash.retired" : "admin.flash.restored", label(entity)));
				return "redirect:" + base() + "/" + id;
			});
		}
		catch (ConcurrencyFailureException ex) {
			redirect.addFlashAttribute("flash", this.admin.message("admin.error.changedMeanwhile"));
			return "redirect:" + base() + "/" + id;
		}
	}

	@GetMapping("/{id}/history")
	public String history(@PathVariable long id, Model model) {
		return this.admin.read(() -> {
			E entity = this.admin.find(this.type, id);
			model.addAttribute("record", entity);
			model.addAttribute("recordLabel", label(entity));
			model.addAttribute("entries", this.history.of(this.type, id));
			addCommon(model);
			return "admin/history";
		});
	}

	private String showForm(Model model, F form, @Nullable E entity) {
		// A bound form is already in the model with its BindingResult (and, after a
		// conversion error, as another instance than the argument): keep that one.
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", form);
		}
		model.addAttribute("record", entity);
		model.addAttribute("recordLabel", (entity != null) ? label(entity) : null);
		model.addAttribute("action", (entity != null) ? base() + "/" + entity.getId() : base() + "/new");
		model.addAttribute("attributionOptions", this.admin.options("attribution.", Attribution.values()));
		model.addAttribute("precisionOptions", this.admin.options("datePrecision.", DatePrecision.values()));
		model.addAttribute("qualifierOptions", this.admin.options("dateQualifier.", DateQualifier.values()));
		model.addAttribute("confidenceOptions", this.admin.options("confidence.", Confidence.values()));
		referenceData(model, form);
		addCommon(model);
		return "admin/" + this.feature + "/form";
	}

	/**
	 * The 409 page: the editor's input beside the stored record, and the form again with
	 * their input and the stored version, so that saving it re-applies their change.
	 */
	private String conflict(Model model, F form, E current, HttpServletResponse response) {
		response.setStatus(HttpStatus.CONFLICT.value());
		logger.info("Edit conflict on {} #{}: form version {}, stored version {}", this.type.getSimpleName(),
				current.getId(), form.version(), current.getVersion());
		model.addAttribute("conflict", this.admin.compare(form, toForm(current)));
		F reapply = RecordValues.with(form, "version", current.getVersion());
		model.addAttribute("form", reapply);
		return showForm(model, reapply, current);
	}

	private String integrityProblem(DataIntegrityViolationException ex, F form, @Nullable Long id, BindingResult errors,
			Model model) {
		String cause = String.valueOf(ex.getMostSpecificCause().getMessage());
		logger.info("Save refused by a database constraint: {}", cause);
		boolean slug = cause.toLowerCase(java.util.Locale.ROOT).matches("(?s).*uk_[a-z_]*_slug.*")
				&& RecordValues.has(form, "slug");
		if (slug) {
			errors.rejectValue("slug", "admin.error.slugTaken");
		}
		else {
			errors.reject("admin.error.integrity");
		}
		return this.admin.read(() -> showForm(model, form, (id != null) ? this.admin.find(this.type, id) : null));
	}

	private void addCommon(Model model) {
		model.addAttribute("feature", this.feature);
		model.addAttribute("base", base());
	}

	@SuppressWarnings("unchecked")
	private F cast(AdminForm form) {
		return (F) form;
	}

}
