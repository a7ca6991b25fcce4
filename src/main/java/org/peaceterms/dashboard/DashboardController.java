package org.peaceterms.dashboard;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.Hibernate;
import org.jspecify.annotations.Nullable;
import org.peaceterms.actor.Actor;
import org.peaceterms.actor.ActorKind;
import org.peaceterms.actor.ActorRepository;
import org.peaceterms.commitment.CommitmentService;
import org.peaceterms.commitment.ForceTally;
import org.peaceterms.compare.ComparisonService;
import org.peaceterms.event.Event;
import org.peaceterms.event.EventRepository;
import org.peaceterms.opendata.Permalink;
import org.peaceterms.proposal.Proposal;
import org.peaceterms.proposal.ProposalRepository;
import org.peaceterms.shared.AsOf;
import org.peaceterms.stance.StanceChange;
import org.peaceterms.stance.StanceTimelineService;
import org.peaceterms.statement.Position;
import org.peaceterms.statement.PositionRepository;
import org.peaceterms.statement.Statement;
import org.peaceterms.statement.StatementRepository;
import org.peaceterms.topic.Ladder;
import org.peaceterms.topic.Stance;
import org.peaceterms.topic.Topic;
import org.peaceterms.topic.TopicRepository;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page: what changed lately (stance changes, the latest statements), the
 * troop-stance strip, the US-vs-Europe alignment summary (computed by the comparison the
 * compare page uses), the force tally, recent events, every country's current troop
 * stance and the proposals on record; each block links to its full page. Everything is
 * read as of the page's date.
 */
@Controller
class DashboardController {

	private static final int FEED_SIZE = 6;

	/** How many of the latest changes of stance are read, across topics. */
	private static final int CHANGES_READ = 40;

	private final ProposalRepository proposals;

	private final ActorRepository actors;

	private final PositionRepository positions;

	private final StatementRepository statements;

	private final EventRepository events;

	private final TopicRepository topics;

	private final StanceTimelineService timelines;

	private final ComparisonService comparisons;

	private final CommitmentService commitments;

	DashboardController(ProposalRepository proposals, ActorRepository actors, PositionRepository positions,
			StatementRepository statements, EventRepository events, TopicRepository topics,
			StanceTimelineService timelines, ComparisonService comparisons, CommitmentService commitments) {
		this.proposals = proposals;
		this.actors = actors;
		this.positions = positions;
		this.statements = statements;
		this.events = events;
		this.topics = topics;
		this.timelines = timelines;
		this.comparisons = comparisons;
		this.commitments = commitments;
	}

	@GetMapping("/")
	@Transactional(readOnly = true)
	String home(AsOf asOf, Model model, HttpServletRequest request) {
		Permalink.noParameters(request);
		LocalDate date = asOf.effective();
		List<Proposal> tracked = this.proposals.findByRetiredFalseOrderByPresentedOnDescTitle()
			.stream()
			.filter((proposal) -> asOf.includes(proposal.getPresentedOn()))
			.toList();
		model.addAttribute("proposals", tracked);
		List<CountryStance> countryStances = countryStances(date);
		model.addAttribute("countryStances", countryStances);
		model.addAttribute("ladder", Ladder.TROOPS.levels());
		List<StanceChange> changes = this.timelines.latestChanges(asOf, CHANGES_READ);
		model.addAttribute("troopChanges",
				changes.stream()
					.filter((change) -> change.topic().getSlug().equals(Topic.TROOPS_SLUG))
					.limit(FEED_SIZE)
					.toList());
		model.addAttribute("otherChanges",
				changes.stream()
					.filter((change) -> !change.topic().getSlug().equals(Topic.TROOPS_SLUG))
					.limit(FEED_SIZE / 2)
					.toList());
		List<Statement> latest = this.statements.findLatest(date, PageRequest.of(0, FEED_SIZE));
		model.addAttribute("statements", latest);
		model.addAttribute("strip",
				this.topics.findBySlug(Topic.TROOPS_SLUG)
					.map((topic) -> this.timelines.strip(topic, asOf))
					.orElse(null));
		model.addAttribute("alignment", this.comparisons.compareDefault(asOf).orElse(null));
		ForceTally tally = this.commitments.tally(asOf);
		model.addAttribute("tally", tally);
		List<Event> recent = this.events.findRecent(date, PageRequest.of(0, 5));
		recent.forEach((event) -> Hibernate.initialize(event.getSources()));
		model.addAttribute("events", recent);
		List<Event> scheduled = this.events.findScheduled(date, PageRequest.of(0, 5));
		scheduled.forEach((event) -> Hibernate.initialize(event.getSources()));
		model.addAttribute("scheduled", scheduled);
		model.addAttribute("headline",
				headline(tracked, countryStances, tally, lastUpdate(latest, changes, recent, tracked)));
		return "dashboard/home";
	}

	private static Headline headline(List<Proposal> tracked, List<CountryStance> countryStances, ForceTally tally,
			@Nullable LocalDate lastUpdate) {
		Map<Stance, List<Actor>> byLevel = Headline.emptyLevels(Ladder.TROOPS.levels());
		int countries = 0;
		for (CountryStance row : countryStances) {
			if (row.position() != null) {
				byLevel.computeIfAbsent(row.position().getStance(), (level) -> new ArrayList<>()).add(row.country());
				countries++;
			}
		}
		return new Headline(tracked.size(), countries, byLevel, tally, lastUpdate);
	}

	/**
	 * The date of the latest fact on record: statement, change of stance, event or
	 * proposal (each list is already newest first or small).
	 */
	private static @Nullable LocalDate lastUpdate(List<Statement> latest, List<StanceChange> changes,
			List<Event> recent, List<Proposal> tracked) {
		List<LocalDate> dates = new ArrayList<>();
		latest.stream().findFirst().ifPresent((statement) -> dates.add(statement.getSaidOn()));
		changes.stream().findFirst().ifPresent((change) -> dates.add(change.on()));
		recent.stream().findFirst().ifPresent((event) -> dates.add(event.getStartsOn()));
		tracked.forEach((proposal) -> dates.add(proposal.getPresentedOn()));
		return dates.stream().max(Comparator.naturalOrder()).orElse(null);
	}

	/**
	 * Every country, with its latest troop-deployment position as of {@code date} where
	 * it has one.
	 */
	private List<CountryStance> countryStances(LocalDate date) {
		Map<Actor, Position> latest = new LinkedHashMap<>();
		for (Position position : this.positions.findLatestByTopic(Topic.TROOPS_SLUG, ActorKind.COUNTRY, date)) {
			// Two positions on the same latest date: the one entered last wins.
			latest.put(position.getActor(), position);
			// The page renders after the transaction: load the conditions now (batched).
			org.hibernate.Hibernate.initialize(position.getConditions());
		}
		List<CountryStance> rows = new ArrayList<>();
		latest.forEach((country, position) -> {
			// Rendered after the transaction: load the conditions now (batched).
			Hibernate.initialize(position.getConditions());
			rows.add(new CountryStance(country, position));
		});
		for (Actor country : this.actors.findByKindAndRetiredFalseOrderByName(ActorKind.COUNTRY)) {
			if (!latest.containsKey(country)) {
				rows.add(new CountryStance(country, null));
			}
		}
		return rows;
	}

	/** A country and its latest troop-deployment position, if it has one. */
	record CountryStance(Actor country, @Nullable Position position) {

	}

}
