package org.peaceterms.explore;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.peaceterms.actor.Actor;
import org.peaceterms.actor.ActorKind;
import org.peaceterms.actor.ActorRepository;
import org.peaceterms.actor.Office;
import org.peaceterms.actor.OfficeRepository;
import org.peaceterms.commitment.CommitmentRepository;
import org.peaceterms.event.Event;
import org.peaceterms.event.EventRepository;
import org.peaceterms.opendata.Download;
import org.peaceterms.opendata.Permalink;
import org.peaceterms.proposal.EndorsementRepository;
import org.peaceterms.proposal.Proposal;
import org.peaceterms.proposal.ProposalRepository;
import org.peaceterms.shared.AsOf;
import org.peaceterms.shared.IdCount;
import org.peaceterms.shared.NotFoundException;
import org.peaceterms.shared.Preload;
import org.peaceterms.shared.ReplaceableEntity;
import org.peaceterms.statement.Position;
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
 * The actors: a list grouped by kind, filtered by kind, by words in the name or aliases
 * and by having statements or positions on record ({@link ActorFilter}), and a page per
 * actor gathering who it is (offices over time), its positions per topic over time, its
 * statements (spoken by it or on its behalf), commitments, proposals proposed or
 * endorsed, and events it took part in, all as of the page's date.
 */
@Controller
class ActorController {

	private final ActorRepository actors;

	private final OfficeRepository offices;

	private final PositionRepository positions;

	private final StatementRepository statements;

	private final CommitmentRepository commitments;

	private final ProposalRepository proposals;

	private final EndorsementRepository endorsements;

	private final EventRepository events;

	ActorController(ActorRepository actors, OfficeRepository offices, PositionRepository positions,
			StatementRepository statements, CommitmentRepository commitments, ProposalRepository proposals,
			EndorsementRepository endorsements, EventRepository events) {
		this.actors = actors;
		this.offices = offices;
		this.positions = positions;
		this.statements = statements;
		this.commitments = commitments;
		this.proposals = proposals;
		this.endorsements = endorsements;
		this.events = events;
	}

	@GetMapping("/actors")
	@Transactional(readOnly = true)
	String list(AsOf asOf, @Valid ActorFilter filter, Model model, HttpServletRequest request) {
		LocalDate date = asOf.effective();
		Map<Long, Long> statementCounts = statementCounts(date);
		Map<Long, Long> positionCounts = IdCount.byId(this.positions.countByActor(date));
		List<Actor> shown = shown(filter, statementCounts, positionCounts);
		Map<ActorKind, List<Actor>> byKind = new EnumMap<>(ActorKind.class);
		for (Actor actor : shown) {
			byKind.computeIfAbsent(actor.getKind(), (group) -> new ArrayList<>()).add(actor);
		}
		model.addAttribute("byKind", byKind);
		model.addAttribute("count", shown.size());
		model.addAttribute("statementCounts", statementCounts);
		model.addAttribute("positionCounts", positionCounts);
		model.addAttribute("filter", filter);
		model.addAttribute("actorKinds", ActorKind.values());
		model.addAttribute("hasValues", ActorFilter.HAS);
		Permalink.pin(request, "kind", filter.kind());
		Permalink.pin(request, "q", filter.text());
		Permalink.pin(request, "has", filter.has());
		return "explore/actors";
	}

	/** The actors the page lists, with its filters and counts, as CSV or JSON. */
	@GetMapping({ "/actors.csv", "/actors.json" })
	@Transactional(readOnly = true)
	ResponseEntity<?> download(AsOf asOf, @Valid ActorFilter filter, HttpServletRequest request) {
		LocalDate date = asOf.effective();
		Map<Long, Long> statementCounts = statementCounts(date);
		Map<Long, Long> positionCounts = IdCount.byId(this.positions.countByActor(date));
		List<ActorRow> rows = shown(filter, statementCounts, positionCounts).stream()
			.sorted(Comparator.comparing(Actor::getKind))
			.map((actor) -> ActorRow.of(actor, statementCounts.getOrDefault(actor.getId(), 0L),
					positionCounts.getOrDefault(actor.getId(), 0L)))
			.toList();
		return Download.of(request, "actors", asOf, ActorRow.class, rows);
	}

	/** The actors not retired that pass {@code filter}, by name. */
	private List<Actor> shown(ActorFilter filter, Map<Long, Long> statementCounts, Map<Long, Long> positionCounts) {
		return this.actors.findByRetiredFalseOrderByName()
			.stream()
			.filter(filter.matcher(statementCounts, positionCounts))
			.toList();
	}

	/** What each actor said, or had said on its behalf, by {@code date}. */
	private Map<Long, Long> statementCounts(LocalDate date) {
		Map<Long, Long> statementCounts = new HashMap<>(IdCount.byId(this.statements.countBySpeaker(date)));
		IdCount.byId(this.statements.countOnBehalfOf(date)).forEach((id, n) -> statementCounts.merge(id, n, Long::sum));
		return statementCounts;
	}

	@GetMapping("/actors/{slug}")
	@Transactional(readOnly = true)
	String show(@PathVariable String slug, AsOf asOf, @RequestParam(required = false) @Nullable String page,
			Model model, HttpServletRequest request) {
		Actor actor = this.actors.findBySlug(slug)
			.map((found) -> ReplaceableEntity.unlessRetired(found, "Actor",
					(successor) -> Links.page("actors", successor)))
			.orElseThrow(() -> new NotFoundException("actor"));
		LocalDate date = asOf.effective();
		List<Office> held = Preload.each(
				actor.isPerson() ? this.offices.findByPerson(actor) : this.offices.findByOrganisation(actor),
				Office::getSource);
		List<Position> positionsInTimeOrder = ExplorePreload.positions(this.positions.findByActor(actor, date));
		model.addAttribute("actor", actor);
		model.addAttribute("offices",
				held.stream().filter((o) -> o.getValidFrom() == null || asOf.includes(o.getValidFrom())).toList());
		model.addAttribute("tracks", StanceTrack.of(positionsInTimeOrder, Position::getTopic));
		Page<Statement> statements = Preload
			.page(this.statements.findByActor(actor, date, ExplorePreload.statementPage(page)), Statement::getTopics);
		model.addAttribute("statements", statements);
		Permalink.pinPage(request, statements);
		model.addAttribute("commitments", ExplorePreload.commitments(this.commitments.findByActor(actor, date)));
		model.addAttribute("proposed", Preload.each(this.proposals.findByProposer(actor, date), Proposal::getSources));
		model.addAttribute("endorsements", this.endorsements.findByActor(actor, date));
		model.addAttribute("events", Preload.each(this.events.findByParticipant(actor, date), Event::getSources));
		return "explore/actor";
	}

}
