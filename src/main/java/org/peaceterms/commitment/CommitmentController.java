package org.peaceterms.commitment;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.peaceterms.opendata.Download;
import org.peaceterms.opendata.Permalink;
import org.peaceterms.shared.AsOf;
import org.peaceterms.shared.NotFoundException;
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
 * Commitments and the force tally: troops pledged against the asks and estimates, bar
 * charts of the figures as ranges, the figures that disagree side by side, and the newest
 * commitments in a table ({@code all=true}: every one, every bar and every group).
 * Filters by kind, basis, actor and topic are query parameters; an unknown kind, basis,
 * actor or topic is a 400.
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
		// By default the page stays small however much is on record: the newest rows,
		// the largest figures and the first groups, and only they are read from the
		// database; "all=true" loads and shows everything. The tally comes first, so
		// that the sources of the commitments it lists are read by one statement
		// whether or not the table holds them.
		ForceTally tally = this.commitments.tally(asOf);
		CommitmentService.Listing listing = everything
				? this.commitments.listing(this.commitments.list(CommitmentFilter.none(), asOf), filter,
						Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE)
				: this.commitments.listing(filter, asOf, TABLE_ROWS, CHART_BARS, CONFLICT_GROUPS);
		model.addAttribute("filter", filter);
		model.addAttribute("total", listing.total());
		model.addAttribute("showAll", everything);
		model.addAttribute("commitments", listing.rows());
		model.addAttribute("tally", tally);
		model.addAttribute("charts", listing.charts());
		model.addAttribute("conflicts", listing.conflicts());
		model.addAttribute("actors", listing.actors());
		model.addAttribute("topics", listing.topics());
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
		List<CommitmentService.ChartPair> charts = "true".equals(showAll)
				? this.commitments.charts(this.commitments.list(filter, asOf), Integer.MAX_VALUE)
				: this.commitments.charts(filter, asOf, CHART_BARS);
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

}
