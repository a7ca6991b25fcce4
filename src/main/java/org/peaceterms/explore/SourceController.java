package org.peaceterms.explore;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.peaceterms.actor.OfficeRepository;
import org.peaceterms.commitment.CommitmentRepository;
import org.peaceterms.event.EventRepository;
import org.peaceterms.opendata.Download;
import org.peaceterms.proposal.EndorsementRepository;
import org.peaceterms.proposal.ProposalRepository;
import org.peaceterms.proposal.ProvisionRepository;
import org.peaceterms.shared.AsOf;
import org.peaceterms.shared.IdCount;
import org.peaceterms.shared.NotFoundException;
import org.peaceterms.shared.Preload;
import org.peaceterms.source.Source;
import org.peaceterms.source.SourceRepository;
import org.peaceterms.statement.PositionRepository;
import org.peaceterms.statement.Statement;
import org.peaceterms.statement.StatementRepository;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The sources: every source on record with how many facts of each kind cite it, and a
 * page per source listing those facts. As of a date, a source published later does not
 * exist yet, and facts recorded later are not counted.
 */
@Controller
class SourceController {

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
	String list(AsOf asOf, Model model) {
		Map<String, Map<Long, Long>> counts = counts(asOf.effective());
		model.addAttribute("sources",
				this.sources.findByRetiredFalseOrderByPublishedOnDesc()
					.stream()
					.filter((source) -> asOf.includes(source.getPublishedOn()))
					.toList());
		model.addAttribute("kinds", KINDS);
		model.addAttribute("counts", counts);
		return "explore/sources";
	}

	/** The sources the page lists, with its counts, as CSV or JSON. */
	@GetMapping({ "/sources.csv", "/sources.json" })
	@Transactional(readOnly = true)
	ResponseEntity<?> download(AsOf asOf, HttpServletRequest request) {
		Map<String, Map<Long, Long>> counts = counts(asOf.effective());
		List<SourceRow> rows = this.sources.findByRetiredFalseOrderByPublishedOnDesc()
			.stream()
			.filter((source) -> asOf.includes(source.getPublishedOn()))
			.map((source) -> SourceRow.of(source, counts))
			.toList();
		return Download.of(request, "sources", asOf, SourceRow.class, rows);
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
	String show(@PathVariable String slug, AsOf asOf, Model model) {
		Source source = this.sources.findBySlug(slug)
			.filter((found) -> !found.isRetired() && asOf.includes(found.getPublishedOn()))
			.orElseThrow(() -> new NotFoundException("source"));
		LocalDate date = asOf.effective();
		model.addAttribute("source", source);
		model.addAttribute("statements",
				Preload.each(this.statements.findBySource(source, date), Statement::getTopics));
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
