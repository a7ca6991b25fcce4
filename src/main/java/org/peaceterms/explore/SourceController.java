package org.peaceterms.explore;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.peaceterms.actor.OfficeRepository;
import org.peaceterms.commitment.CommitmentRepository;
import org.peaceterms.event.EventRepository;
import org.peaceterms.opendata.Download;
import org.peaceterms.opendata.Permalink;
import org.peaceterms.proposal.EndorsementRepository;
import org.peaceterms.proposal.ProposalRepository;
import org.peaceterms.proposal.ProvisionRepository;
import org.peaceterms.shared.AsOf;
import org.peaceterms.shared.BadRequestException;
import org.peaceterms.shared.GoneException;
import org.peaceterms.shared.IdCount;
import org.peaceterms.shared.NotFoundException;
import org.peaceterms.shared.Preload;
import org.peaceterms.source.Source;
import org.peaceterms.source.SourceKind;
import org.peaceterms.source.SourceRepository;
import org.peaceterms.statement.PositionRepository;
import org.peaceterms.statement.Statement;
import org.peaceterms.statement.StatementRepository;
import org.peaceterms.web.Links;
import org.springframework.data.domain.Page;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sources: every source on record with how many facts of each kind cite it, and a
 * page per source listing those facts. As of a date, a source published later does not
 * exist yet, and facts recorded later are not counted.
 */
@Controller
class SourceController {

	/** The kinds of fact that cite sources, in the order the pages show them. */
	/** The orders the sources list offers. */
	static final List<String> SORTS = List.of("date", "title", "outlet");

	static final List<String> KINDS = List.of("statements", "positions", "provisions", "commitments", "proposals",
			"events", "endorsements");

	private final SourceRepository sources;

	private final StatementRepository statements;

	private final PositionRepository positions;

	private final ProvisionRepository provisions;

	private final CommitmentRepository commitments;

	private final ProposalRepository proposals;

	private final EventRepository events;

	private final EndorsementRepository endorsements;

	private final OfficeRepository offices;

	SourceController(SourceRepository sources, StatementRepository statements, PositionRepository positions,
			ProvisionRepository provisions, CommitmentRepository commitments, ProposalRepository proposals,
			EventRepository events, EndorsementRepository endorsements, OfficeRepository offices) {
		this.sources = sources;
		this.statements = statements;
		this.positions = positions;
		this.provisions = provisions;
		this.commitments = commitments;
		this.proposals = proposals;
		this.events = events;
		this.endorsements = endorsements;
		this.offices = offices;
	}

	@GetMapping("/sources")
	@Transactional(readOnly = true)
	String list(AsOf asOf, @RequestParam(required = false) @Nullable String kind,
			@RequestParam(required = false) @Nullable String sort, Model model, HttpServletRequest request) {
		Map<String, Map<Long, Long>> counts = counts(asOf.effective());
		SourceKind kindFilter = kind(kind);
		Permalink.pin(request, "kind", kindFilter);
		Permalink.pin(request, "sort", sort(sort));
		model.addAttribute("sources", shown(asOf, kindFilter, sort(sort)));
		model.addAttribute("kinds", KINDS);
		model.addAttribute("counts", counts);
		model.addAttribute("sourceKinds", SourceKind.values());
		model.addAttribute("kindFilter", kindFilter);
		model.addAttribute("sort", sort(sort));
		return "explore/sources";
	}

	/** The sources the page lists, with its counts, as CSV or JSON. */
	@GetMapping({ "/sources.csv", "/sources.json" })
	@Transactional(readOnly = true)
	ResponseEntity<?> download(AsOf asOf, @RequestParam(required = false) @Nullable String kind,
			@RequestParam(required = false) @Nullable String sort, HttpServletRequest request) {
		Map<String, Map<Long, Long>> counts = counts(asOf.effective());
		List<SourceRow> rows = shown(asOf, kind(kind), sort(sort)).stream()
			.map((source) -> SourceRow.of(source, counts))
			.toList();
		return Download.of(request, "sources", asOf, SourceRow.class, rows);
	}

	/**
	 * The sources published by the as-of date, of one kind if asked, in the order asked:
	 * {@code date} (newest first, the default), {@code title} or {@code outlet} (A to Z,
	 * sources without an outlet last).
	 */
	private List<Source> shown(AsOf asOf, @Nullable SourceKind kind, String sort) {
		Comparator<Source> order = switch (sort) {
			case "title" -> Comparator.comparing((Source source) -> source.getTitle().toLowerCase(Locale.ROOT));
			case "outlet" -> Comparator.comparing((Source source) -> source.getOutlet(),
					Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER));
			default -> Comparator.comparing(Source::getPublishedOn).reversed();
		};
		return this.sources.findByRetiredFalseOrderByPublishedOnDesc()
			.stream()
			.filter((source) -> asOf.includes(source.getPublishedOn()))
			.filter((source) -> kind == null || source.getKind() == kind)
			.sorted(order.thenComparing(Source::getSlug))
			.toList();
	}

	private static @Nullable SourceKind kind(@Nullable String kind) {
		if (kind == null || kind.isBlank()) {
			return null;
		}
		try {
			return SourceKind.valueOf(kind.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new BadRequestException("kind");
		}
	}

	private static String sort(@Nullable String sort) {
		if (sort == null || sort.isBlank()) {
			return "date";
		}
		if (!SORTS.contains(sort.strip())) {
			throw new BadRequestException("sort");
		}
		return sort.strip();
	}

	/**
	 * How many facts on record by {@code date} cite each source, by kind of fact, in the
	 * order of the page's columns.
	 */
	private Map<String, Map<Long, Long>> counts(LocalDate date) {
		Map<String, Map<Long, Long>> counts = new LinkedHashMap<>();
		counts.put("statements", IdCount.byId(this.statements.countBySource(date)));
		counts.put("positions", IdCount.byId(this.positions.countBySource(date)));
		counts.put("provisions", IdCount.byId(this.provisions.countBySource(date)));
		counts.put("commitments", IdCount.byId(this.commitments.countBySource(date)));
		counts.put("proposals", IdCount.byId(this.proposals.countBySource(date)));
		counts.put("events", IdCount.byId(this.events.countBySource(date)));
		counts.put("endorsements", IdCount.byId(this.endorsements.countBySource(date)));
		return counts;
	}

	@GetMapping("/sources/{slug}")
	@Transactional(readOnly = true)
	String show(@PathVariable String slug, AsOf asOf, @RequestParam(required = false) @Nullable String page,
			Model model, HttpServletRequest request) {
		Source source = this.sources.findBySlug(slug)
			.map((found) -> GoneException.unlessRetired(found, "Source",
					(retired) -> (retired.getReplacedBy() != null)
							? Links.page("sources", retired.getReplacedBy().getSlug()) : null))
			.filter((found) -> asOf.includes(found.getPublishedOn()))
			.orElseThrow(() -> new NotFoundException("source"));
		LocalDate date = asOf.effective();
		model.addAttribute("source", source);
		Page<Statement> statements = Preload
			.page(this.statements.findBySource(source, date, ExplorePreload.statementPage(page)), Statement::getTopics);
		model.addAttribute("statements", statements);
		Permalink.pinPage(request, statements);
		model.addAttribute("positions", this.positions.findBySource(source, date));
		model.addAttribute("provisions", this.provisions.findBySource(source, date));
		model.addAttribute("commitments", ExplorePreload.commitments(this.commitments.findBySource(source, date)));
		model.addAttribute("proposals", this.proposals.findBySource(source, date));
		model.addAttribute("events", this.events.findBySource(source, date));
		model.addAttribute("endorsements", this.endorsements.findBySource(source, date));
		model.addAttribute("offices",
				this.offices.findBySource(source)
					.stream()
					.filter((o) -> o.getValidFrom() == null || asOf.includes(o.getValidFrom()))
					.toList());
		return "explore/source";
	}

}
