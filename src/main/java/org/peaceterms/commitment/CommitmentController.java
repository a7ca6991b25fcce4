package org.peaceterms.commitment;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.peaceterms.opendata.Download;
import org.peaceterms.opendata.Permalink;
import org.peaceterms.shared.AsOf;
import org.peaceterms.shared.NotFoundException;
import org.peaceterms.topic.Topic;
import org.springframework.context.MessageSource;
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

/**
 * Commitments and the force tally: troops pledged against the asks and estimates, a bar
 * chart of the troop figures as ranges, the figures that disagree side by side, and every
 * commitment in a table. Filters by kind, basis, actor and topic are query parameters; an
 * unknown kind or basis is a 400, an unknown actor or topic a 404.
 */
@Controller
class CommitmentController {

	/** Rows of the table shown by default. */
	static final int TABLE_ROWS = 50;

	/** Bars of each chart shown by default. */
	static final int CHART_BARS = 40;

	/** Groups of disagreeing figures shown by default. */
	static final int CONFLICT_GROUPS = 20;

	private final CommitmentService commitments;

	private final ITemplateEngine templates;

	private final MessageSource messages;

	CommitmentController(CommitmentService commitments, ITemplateEngine templates, MessageSource messages) {
		this.commitments = commitments;
		this.templates = templates;
		this.messages = messages;
	}

	@GetMapping("/commitments")
	@Transactional(readOnly = true)
	String list(CommitmentFilter filter, @RequestParam(name = "all", required = false) @Nullable String showAll,
			AsOf asOf, Model model, HttpServletRequest request) {
		boolean everything = "true".equals(showAll);
		Permalink.pin(request, "kind", filter.kind());
		Permalink.pin(request, "basis", filter.basis());
		Permalink.pin(request, "actor", (filter.actor() != null) ? filter.actor().getSlug() : null);
		Permalink.pin(request, "topic", (filter.topic() != null) ? filter.topic().getSlug() : null);
		Permalink.pin(request, "all", everything);
		List<Commitment> all = this.commitments.list(CommitmentFilter.none(), asOf);
		List<Commitment> shown = all.stream().filter(filter::test).toList();
		List<List<Commitment>> conflicts = this.commitments.conflicts(shown);
		model.addAttribute("filter", filter);
		model.addAttribute("total", shown.size());
		model.addAttribute("showAll", everything);
		// By default the page stays small however much is on record: the newest rows,
		// the largest figures, the first groups; "all=true" shows everything.
		model.addAttribute("commitments", everything ? shown : newest(shown, TABLE_ROWS));
		model.addAttribute("tally", ForceTally.of(all));
		model.addAttribute("charts", this.commitments.charts(shown, everything ? Integer.MAX_VALUE : CHART_BARS));
		model.addAttribute("conflicts", everything ? conflicts : conflicts.stream().limit(CONFLICT_GROUPS).toList());
		model.addAttribute("actors", all.stream().map(Commitment::getActor).distinct().toList());
		model.addAttribute("topics",
				all.stream()
					.map(Commitment::getTopic)
					.distinct()
					.sorted(Comparator.comparing(Topic::getSortOrder))
					.toList());
		model.addAttribute("kinds", CommitmentKind.values());
		model.addAttribute("bases", CommitmentBasis.values());
		return "commitment/list";
	}

	/**
	 * The commitments the page lists, with the same filters, as CSV or JSON with their
	 * citations.
	 */
	@GetMapping({ "/commitments.csv", "/commitments.json" })
	@Transactional(readOnly = true)
	ResponseEntity<?> download(CommitmentFilter filter, AsOf asOf, HttpServletRequest request) {
		List<CommitmentRow> rows = this.commitments.list(CommitmentFilter.none(), asOf)
			.stream()
			.filter(filter::test)
			.map(CommitmentRow::of)
			.toList();
		return Download.of(request, "commitments", asOf, CommitmentRow.class, rows);
	}

	/**
	 * One of the page's charts (by its place on the page, troops first) as a standalone
	 * SVG file in the wide layout, with the same filters.
	 */
	@GetMapping("/commitments.svg")
	@Transactional(readOnly = true)
	ResponseEntity<String> svg(CommitmentFilter filter, @RequestParam(defaultValue = "0") int chart,
			@RequestParam(name = "all", required = false) @Nullable String showAll, AsOf asOf, Locale locale) {
		List<CommitmentService.ChartPair> charts = this.commitments.charts(
				this.commitments.list(CommitmentFilter.none(), asOf).stream().filter(filter::test).toList(),
				"true".equals(showAll) ? Integer.MAX_VALUE : CHART_BARS);
		int index = chart;
		if (index < 0 || index >= charts.size()) {
			throw new NotFoundException("chart");
		}
		TroopChart wide = charts.get(index).wide();
		Context context = new Context(locale);
		context.setVariable("chart", wide);
		context.setVariable("title",
				(wide.kind() == CommitmentKind.TROOPS)
						? this.messages.getMessage("commitments.chart.troops", null, locale)
						: this.messages.getMessage("commitments.chart.money", new Object[] { wide.unit() }, locale));
		String body = this.templates.process("commitment/svg", context);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("image/svg+xml;charset=UTF-8"))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"commitments-" + index + ".svg\"")
			.body(body);
	}

	/**
	 * The newest {@code limit} of {@code commitments}, kept in their order (by actor and
	 * date).
	 */
	private static List<Commitment> newest(List<Commitment> commitments, int limit) {
		if (commitments.size() <= limit) {
			return commitments;
		}
		Set<Commitment> newest = new HashSet<>(commitments.stream()
			.sorted(Comparator.comparing(Commitment::getMadeOn)
				.thenComparing((commitment) -> Objects.requireNonNullElse(commitment.getId(), 0L))
				.reversed())
			.limit(limit)
			.toList());
		return commitments.stream().filter(newest::contains).toList();
	}

}
