package org.peaceterms.stance;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.peaceterms.opendata.Download;
import org.peaceterms.opendata.Permalink;
import org.peaceterms.shared.AsOf;
import org.peaceterms.shared.NotFoundException;
import org.peaceterms.topic.Topic;
import org.peaceterms.topic.TopicRepository;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

/**
 * Stances over time: a server-rendered timeline chart of one topic (troop deployment by
 * default) for a group of actors over a date range, and the same data as a table. Every
 * filter is a query parameter; an unknown topic is a 404, a malformed date or group a
 * 400.
 */
@Controller
class StanceController {

	private final TopicRepository topics;

	private final StanceTimelineService timelines;

	private final ITemplateEngine templates;

	private final ApplicationContext applicationContext;

	StanceController(TopicRepository topics, StanceTimelineService timelines, ITemplateEngine templates,
			ApplicationContext applicationContext) {
		this.topics = topics;
		this.timelines = timelines;
		this.templates = templates;
		this.applicationContext = applicationContext;
	}

	@GetMapping("/stances")
	@Transactional(readOnly = true)
	String show(@RequestParam(required = false) @Nullable String topic,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
			@RequestParam(required = false) @Nullable String group,
			@RequestParam(name = "all", required = false) @Nullable String all, AsOf asOf, Model model,
			HttpServletRequest request) {
		StanceTimeline timeline = timeline(topic, from, to, group, asOf);
		boolean everything = "true".equals(all);
		Permalink.pin(request, "topic", timeline.topic().getSlug());
		Permalink.pin(request, "group", timeline.group().getParam());
		Permalink.pin(request, "from", timeline.from());
		Permalink.pin(request, "to", timeline.to());
		Permalink.pin(request, "all", everything);
		model.addAttribute("timeline", everything ? timeline : timeline.limitedTo(StanceTimeline.SHOWN_ACTORS));
		model.addAttribute("actorCount", timeline.rows().size());
		model.addAttribute("allEntries", everything);
		model.addAttribute("topics", this.topics.findByRetiredFalseOrderBySortOrder());
		model.addAttribute("groups", StanceGroup.values());
		return "stance/show";
	}

	/**
	 * The stances table as CSV or JSON: one row per position shown, with the same
	 * parameters as the page.
	 */
	@GetMapping({ "/stances.csv", "/stances.json" })
	@Transactional(readOnly = true)
	ResponseEntity<?> download(@RequestParam(required = false) @Nullable String topic,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
			@RequestParam(required = false) @Nullable String group, AsOf asOf, HttpServletRequest request) {
		List<StanceRow> rows = timeline(topic, from, to, group, asOf).rows()
			.stream()
			.flatMap((row) -> row.entries().stream())
			.map(StanceRow::of)
			.toList();
		return Download.of(request, "stances", asOf, StanceRow.class, rows);
	}

	/**
	 * The chart alone as an SVG file, with the same parameters as the page: its own
	 * textures and colours, no script, for reports and slides.
	 */
	@GetMapping("/stances.svg")
	@Transactional(readOnly = true)
	ResponseEntity<String> svg(@RequestParam(required = false) @Nullable String topic,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
			@RequestParam(required = false) @Nullable String group, AsOf asOf, Locale locale) {
		Context context = new Context(locale);
		// Beans (the date formatter) resolve as they do on the page.
		context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
				new ThymeleafEvaluationContext(this.applicationContext, null));
		context.setVariable("t", timeline(topic, from, to, group, asOf));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("image/svg+xml;charset=UTF-8"))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"stances.svg\"")
			.body(this.templates.process("stance/svg", context));
	}

	private StanceTimeline timeline(@Nullable String topic, @Nullable String from, @Nullable String to,
			@Nullable String group, AsOf asOf) {
		String slug = (topic == null || topic.isBlank()) ? Topic.TROOPS_SLUG : topic.strip();
		StanceGroup stanceGroup = StanceGroup.parse(group);
		LocalDate fromDate = date(from);
		LocalDate toDate = date(to);
		Topic chosen = this.topics.findBySlug(slug)
			.filter((candidate) -> !candidate.isRetired())
			.orElseThrow(() -> new NotFoundException("topic"));
		return this.timelines.timeline(chosen, stanceGroup, fromDate, toDate, asOf);
	}

	/** A date parameter, checked like the as-of date (ISO form, sane range). */
	private static @Nullable LocalDate date(@Nullable String value) {
		return AsOf.parse(value).date();
	}

}
