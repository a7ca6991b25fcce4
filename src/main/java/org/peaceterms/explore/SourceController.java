package org.peaceterms.explore;

import jakarta.persistence.EntityManager;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.peaceterms.actor.OfficeRepository;
import org.peaceterms.commitment.CommitmentRepository;
import org.peaceterms.event.EventRepository;
import org.peaceterms.opendata.Csv;
import org.peaceterms.opendata.Download;
import org.peaceterms.opendata.Permalink;
import org.peaceterms.proposal.EndorsementRepository;
import org.peaceterms.proposal.ProposalRepository;
import org.peaceterms.proposal.ProvisionRepository;
import org.peaceterms.shared.AsOf;
import org.peaceterms.shared.BadRequestException;
import org.peaceterms.shared.DataVersion;
import org.peaceterms.shared.IdCount;
import org.peaceterms.shared.NotFoundException;
import org.peaceterms.shared.Preload;
import org.peaceterms.shared.ReplaceableEntity;
import org.peaceterms.source.Source;
import org.peaceterms.source.SourceKind;
import org.peaceterms.source.SourceRepository;
import org.peaceterms.statement.PositionRepository;
import org.peaceterms.statement.Statement;
import org.peaceterms.statement.StatementRepository;
import org.peaceterms.web.Links;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sources: every source on record with how many facts of each kind cite it, fifty to
 * a page (the downloads hold them all), and a page per source listing those facts. As of
 * a date, a source published later does not exist yet, and facts recorded later are not
 * counted.
 */
@Controller
class SourceController {

	/** The orders the sources list offers. */
	static final List<String> SORTS = List.of("date", "title", "outlet");

	/** How many sources a page of the list shows. */
	static final int PAGE_SIZE = 50;

	/** How many sources {@code /sources.csv} writes at a time. */
	static final int CSV_CHUNK = 1000;

	/** The kinds of fact that cite sources, in the order the pages show them. */
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

	private final DataVersion version;

	private final EntityManager entityManager;

	private final Clock clock;

	SourceController(SourceRepository sources, StatementRepository statements, PositionRepository positions,
			ProvisionRepository provisions, CommitmentRepository commitments, ProposalRepository proposals,
			EventRepository events, EndorsementRepository endorsements, OfficeRepository offices, DataVersion version,
			EntityManager entityManager, Clock clock) {
		this.sources = sources;
		this.statements = statements;
		this.positions = positions;
		this.provisions = provisions;
		this.commitments = commitments;
		this.proposals = proposals;
		this.events = events;
		this.endorsements = endorsements;
		this.offices = offices;
		this.version = version;
		this.entityManager = entityManager;
		this.clock = clock;
	}

	@GetMapping("/sources")
	@Transactional(readOnly = true)
	String list(AsOf asOf, @RequestParam(required = false) @Nullable SourceKind kind,
			@RequestParam(required = false) @Nullable String sort,
			@RequestParam(required = false) @Nullable String page, Model model, HttpServletRequest request) {
		LocalDate date = asOf.effective();
		String order = sort(sort);
		Pageable pageable = ExplorePreload.page(page, PAGE_SIZE, order(order));
		// Counted every time (a derived Page skips the count on a short first page), so
		// that the page costs the same statements whatever the data.
		Page<Source> shown = new PageImpl<>(this.sources.findShown(date, kind, pageable), pageable,
				this.sources.countShown(date, kind));
		model.addAttribute("sources", shown);
		Permalink.pin(request, "kind", kind);
		Permalink.pin(request, "sort", order);
		Permalink.pinPage(request, shown);
		model.addAttribute("kinds", KINDS);
		model.addAttribute("counts", counts(date, shown.map(Source::getId).getContent()));
		model.addAttribute("sourceKinds", SourceKind.values());
		model.addAttribute("kindFilter", kind);
		model.addAttribute("sort", order);
		return "explore/sources";
	}

	/**
	 * Every source the list finds (all its pages), with its counts, as JSON.
	 */
	@GetMapping("/sources.json")
	@Transactional(readOnly = true)
	ResponseEntity<?> download(AsOf asOf, @RequestParam(required = false) @Nullable SourceKind kind,
			@RequestParam(required = false) @Nullable String sort, HttpServletRequest request) {
		LocalDate date = asOf.effective();
		Map<String, Map<Long, Long>> counts = counts(date);
		List<SourceRow> rows = this.sources.findShown(date, kind, order(sort(sort)))
			.stream()
			.map((source) -> SourceRow.of(source, counts))
			.toList();
		return Download.of(request, "sources", asOf, SourceRow.class, rows);
	}

	/**
	 * Every source the list finds (all its pages), with its counts, as CSV, streamed as
	 * {@code /statements.csv} is: read by one query as it goes and written
	 * {@value #CSV_CHUNK} sources at a time, each chunk with its counts (one query per
	 * kind of fact for the chunk's sources) and the entity manager cleared after it, so
	 * that memory stays flat however many sources there are.
	 */
	@GetMapping("/sources.csv")
	@Transactional(readOnly = true)
	void downloadCsv(AsOf asOf, @RequestParam(required = false) @Nullable SourceKind kind,
			@RequestParam(required = false) @Nullable String sort, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		LocalDate date = asOf.effective();
		Sort order = order(sort(sort));
		if (!Download.startCsv(request, response, "sources", asOf, this.version, LocalDate.now(this.clock))) {
			return;
		}
		Writer out = new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
		out.write(Csv.header(SourceRow.class));
		List<Source> chunk = new ArrayList<>(CSV_CHUNK);
		try (Stream<Source> all = this.sources.streamShown(date, kind, order)) {
			Iterator<Source> found = all.iterator();
			while (found.hasNext()) {
				chunk.add(found.next());
				if (chunk.size() == CSV_CHUNK || !found.hasNext()) {
					Map<String, Map<Long, Long>> counts = counts(date, chunk.stream().map(Source::requireId).toList());
					for (Source source : chunk) {
						out.write(Csv.line(SourceRow.of(source, counts)));
					}
					out.flush();
					chunk.clear();
					this.entityManager.clear();
				}
			}
		}
		out.flush();
	}

	/**
	 * The database order for {@code sort}: {@code date} (newest first, the default),
	 * {@code title} or {@code outlet} (A to Z ignoring case, sources without an outlet
	 * last), the slug breaking ties so that pages never overlap.
	 */
	private static Sort order(String sort) {
		Sort.Order first = switch (sort) {
			case "title" -> Sort.Order.asc("title").ignoreCase();
			case "outlet" -> Sort.Order.asc("outlet").ignoreCase().nullsLast();
			default -> Sort.Order.desc("publishedOn");
		};
		return Sort.by(first, Sort.Order.asc("slug"));
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

	/**
	 * The same counts for the sources {@code ids} only (one page of the list), counted by
	 * the database: one statement per kind of fact, whatever the page holds.
	 */
	private Map<String, Map<Long, Long>> counts(LocalDate date, List<Long> ids) {
		Map<String, Map<Long, Long>> counts = new LinkedHashMap<>();
		if (ids.isEmpty()) {
			KINDS.forEach((kind) -> counts.put(kind, Map.of()));
			return counts;
		}
		counts.put("statements", IdCount.byId(this.statements.countBySource(date, ids)));
		counts.put("positions", IdCount.byId(this.positions.countBySource(date, ids)));
		counts.put("provisions", IdCount.byId(this.provisions.countBySource(date, ids)));
		counts.put("commitments", IdCount.byId(this.commitments.countBySource(date, ids)));
		counts.put("proposals", IdCount.byId(this.proposals.countBySource(date, ids)));
		counts.put("events", IdCount.byId(this.events.countBySource(date, ids)));
		counts.put("endorsements", IdCount.byId(this.endorsements.countBySource(date, ids)));
		return counts;
	}

	@GetMapping("/sources/{slug}")
	@Transactional(readOnly = true)
	String show(@PathVariable String slug, AsOf asOf, @RequestParam(required = false) @Nullable String page,
			Model model, HttpServletRequest request) {
		Source source = this.sources.findBySlug(slug)
			.map((found) -> ReplaceableEntity.unlessRetired(found, "Source",
					(successor) -> Links.page("sources", successor)))
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
