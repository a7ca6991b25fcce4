package org.peaceterms.dashboard;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.peaceterms.actor.Actor;
import org.peaceterms.actor.ActorKind;
import org.peaceterms.actor.ActorRepository;
import org.peaceterms.commitment.CommitmentRepository;
import org.peaceterms.proposal.Proposal;
import org.peaceterms.proposal.ProposalRepository;
import org.peaceterms.source.SourceRepository;
import org.peaceterms.statement.Position;
import org.peaceterms.statement.PositionRepository;
import org.peaceterms.statement.StatementRepository;
import org.peaceterms.system.AsOf;
import org.peaceterms.topic.Ladder;
import org.peaceterms.topic.Topic;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page: the proposals on record and every country's latest troop-deployment
 * stance, each with its date and source, read from the database on every request.
 */
@Controller
class DashboardController {

	private final ProposalRepository proposals;

	private final ActorRepository actors;

	private final PositionRepository positions;

	private final StatementRepository statements;

	private final CommitmentRepository commitments;

	private final SourceRepository sources;

	DashboardController(ProposalRepository proposals, ActorRepository actors, PositionRepository positions,
			StatementRepository statements, CommitmentRepository commitments, SourceRepository sources) {
		this.proposals = proposals;
		this.actors = actors;
		this.positions = positions;
		this.statements = statements;
		this.commitments = commitments;
		this.sources = sources;
	}

	@GetMapping("/")
	@Transactional(readOnly = true)
	String home(AsOf asOf, Model model) {
		LocalDate date = asOf.effective();
		List<Proposal> tracked = this.proposals.findByRetiredFalseOrderByPresentedOnDescTitle()
			.stream()
			.filter((proposal) -> asOf.includes(proposal.getPresentedOn()))
			.toList();
		model.addAttribute("proposals", tracked);
		model.addAttribute("countryStances", countryStances(date));
		model.addAttribute("ladder", Ladder.TROOPS.levels());
		model.addAttribute("counts", List.of(tracked.size(), this.statements.count(), this.positions.count(),
				this.commitments.count(), this.sources.count()));
		return "dashboard/home";
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
		List<CountryStance> rows = new java.util.ArrayList<>();
		latest.forEach((country, position) -> rows.add(new CountryStance(country, position)));
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
