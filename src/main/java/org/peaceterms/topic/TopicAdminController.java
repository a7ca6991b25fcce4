package org.peaceterms.topic;

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

/** Create, edit, retire and restore topics, at {@code /admin/topics}. */
@Controller
@RequestMapping("/admin/topics")
class TopicAdminController extends AdminController<Topic, TopicForm> {

	private final TopicRepository topics;

	TopicAdminController(AdminSupport admin, AuditHistory history, TopicRepository topics) {
		super(admin, history, Topic.class, "topics");
		this.topics = topics;
	}

	@Override
	protected AdminListing<Topic> listing() {
		return new AdminListing<Topic>().column("admin.field.name", Topic::getName, "name")
			.column("admin.field.ladder", (topic) -> this.admin.message("admin.ladder." + topic.getLadder()), "ladder")
			.column("admin.field.sortOrder", Topic::getSortOrder, "sortOrder")
			.search("name", "slug", "description")
			.filter("ladder", "admin.field.ladder", "ladder", this.admin.options("admin.ladder.", Ladder.values()))
			.sortedBy("sortOrder", false);
	}

	@Override
	protected TopicForm emptyForm() {
		return new TopicForm("", "", null, null, Ladder.GENERAL, 100, null);
	}

	@Override
	protected TopicForm toForm(Topic topic) {
		return new TopicForm(topic.getSlug(), topic.getName(), topic.getDescription(), topic.getQuestion(),
				topic.getLadder(), topic.getSortOrder(), topic.getVersion());
	}

	@Override
	protected String label(Topic topic) {
		return topic.getName();
	}

	@Override
	protected void check(TopicForm form, @Nullable Topic topic, BindingResult errors) {
		if (!form.slug().isEmpty()
				&& this.topics.findBySlug(form.slug()).filter((other) -> !other.equals(topic)).isPresent()) {
			errors.rejectValue("slug", "admin.error.slugTaken");
		}
	}

	@Override
	protected void referenceData(Model model, TopicForm form) {
		model.addAttribute("ladderOptions", this.admin.options("admin.ladder.", Ladder.values()));
	}

	@Override
	protected Topic create(TopicForm form) {
		String slug = form.slug().isEmpty()
				? Slugs.unique(form.name(), (candidate) -> this.topics.findBySlug(candidate).isPresent()) : form.slug();
		Topic topic = new Topic(slug, form.name().strip(), Objects.requireNonNull(form.ladder()),
				Objects.requireNonNull(form.sortOrder()));
		update(topic, form);
		return this.admin.persist(topic);
	}

	@Override
	protected void update(Topic topic, TopicForm form) {
		topic.update(form.slug().isEmpty() ? topic.getSlug() : form.slug(), form.name().strip(),
				AdminSupport.text(form.description()), AdminSupport.text(form.question()),
				Objects.requireNonNull(form.ladder()), Objects.requireNonNull(form.sortOrder()));
	}

}
