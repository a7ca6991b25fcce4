package org.peaceterms.commitment;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.peaceterms.actor.Actor;
import org.peaceterms.actor.ActorRepository;
import org.peaceterms.opendata.Download;
import org.peaceterms.shared.AsOf;
import org.peaceterms.shared.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Commitments and the force tally: troops pledged against the asks and estimates, a bar
 * chart of the troop figures as ranges, the figures that disagree side by side, and every
 * commitment in a table. Filters by kind, basis and actor are query parameters; an
 * unknown kind or basis is a 400, an unknown actor a 404.
 */
@Controller
class CommitmentController {

	/** Rows of the table shown by default. */
	static final int TABLE_ROWS = 50;

	/** Bars of the chart shown by default. */
	static final int CHART_BARS = 40;

	/** Groups of disagreeing figures shown by default. */
	static final int CONFLICT_GROUPS = 20;

	private final CommitmentService commitments;

	private final ActorRepository actors;

	CommitmentController(CommitmentService commitments, ActorRepository actors) {
		this.commitments = commitments;
		this.actors = actors;
	}

	@GetMapping("/commitments")
	@Transactional(readOnly = true)
	String list(@RequestParam(required = false) @Nullable String kind,
			@RequestParam(required = false) @Nullable String basis,
			@RequestParam(required = false) @Nullable String actor,
			@RequestParam(name = "all", required = false) @Nullable String showAll, AsOf asOf, Model model) {
		CommitmentFilter filter = filter(kind, basis, actor);
		boolean everything = "true".equals(showAll);
		List<Commitment> all = this.commitments.list(CommitmentFilter.none(), asOf);
		List<Commitment> shown = all.stream().filter(filter::test).toList();
		List<List<Commitment>> conflicts = this.commitments.conflicts(shown);
		model.addAttribute("filter", filter);
		model.addAttribute("total", shown.size());
		// By default the page stays small however much is on record: the newest rows,
		// the largest figures, the first groups; "all=true" shows everything.
		model.addAttribute("commitments", everything ? shown : newest(shown, TABLE_ROWS));
		model.addAttribute("tally", this.commitments.tally(all));
		model.addAttribute("chart", this.commitments.chart(shown, everything ? Integer.MAX_VALUE : CHART_BARS));
		model.addAttribute("conflicts", everything ? conflicts : conflicts.stream().limit(CONFLICT_GROUPS).toList());
		model.addAttribute("actors", all.stream().map(Commitment::getActor).distinct().toList());
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
	ResponseEntity<?> download(@RequestParam(required = false) @Nullable String kind,
			@RequestParam(required = false) @Nullable String basis,
			@RequestParam(required = false) @Nullable String actor, AsOf asOf, HttpServletRequest request) {
		CommitmentFilter filter = filter(kind, basis, actor);
		List<CommitmentRow> rows = this.commitments.list(CommitmentFilter.none(), asOf)
			.stream()
			.filter(filter::test)
			.map(CommitmentRow::of)
			.toList();
		return Download.of(request, "commitments", asOf, CommitmentRow.class, rows);
	}

	/**
	 * The newest {@code limit} of {@code commitments}, kept in their order (by actor and
	 * date).
	 */
	private static List<Commitment> newest(List<Commitment> commitments, int limit) {
		if (commitments.size() <= limit) {
			return commitments;
		}
		java.util.Set<Commitment> newest = new java.util.HashSet<>(commitments.stream()
			.sorted(java.util.Comparator.comparing(Commitment::getMadeOn)
				.thenComparing((commitment) -> java.util.Objects.requireNonNullElse(commitment.getId(), 0L))
				.reversed())
			.limit(limit)
			.toList());
		return commitments.stream().filter(newest::contains).toList();
	}

	private CommitmentFilter filter(@Nullable String kind, @Nullable String basis, @Nullable String actor) {
		CommitmentKind kindFilter = CommitmentFilter.parse(CommitmentKind.class, kind);
		CommitmentBasis basisFilter = CommitmentFilter.parse(CommitmentBasis.class, basis);
		Actor actorFilter = null;
		if (actor != null && !actor.isBlank()) {
			actorFilter = this.actors.findBySlug(actor.strip())
				.filter((found) -> !found.isRetired())
				.orElseThrow(() -> new NotFoundException("actor"));
		}
		return new CommitmentFilter(kindFilter, basisFilter, actorFilter);
	}

}
