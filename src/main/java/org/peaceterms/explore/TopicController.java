package org.peaceterms.explore;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.peaceterms.commitment.CommitmentRepository;
import org.peaceterms.opendata.Permalink;
import org.peaceterms.proposal.Provision;
import org.peaceterms.proposal.ProvisionRepository;
import org.peaceterms.shared.AsOf;
import org.peaceterms.shared.IdCount;
import org.peaceterms.shared.NotFoundException;
import org.peaceterms.shared.Preload;
import org.peaceterms.shared.ReplaceableEntity;
import org.peaceterms.statement.Position;
import org.peaceterms.statement.PositionRepository;
import org.peaceterms.statement.Statement;
import org.peaceterms.statement.StatementRepository;
import org.peaceterms.topic.Topic;
import org.peaceterms.topic.TopicRepository;
import org.peaceterms.web.Links;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The topics: the list in the taxonomy's order, and a page per topic with its question
 * and ladder, every proposal's provisions on it, every actor's latest position on it, the
 * statements tagged with it a page at a time and the newest commitments on it, as of the
 * page's date. The page stays bounded however much is on record: each actor's earlier
 * positions are on the actor's page, every commitment on the commitments page.
 */
@Controller
class TopicController {

	/**
	 * How many commitments a topic page lists, the newest; the commitments page lists
	 * them all.
	 */
	static final int COMMITMENTS_SHOWN = 20;

	private final TopicRepository topics;

	private final ProvisionRepository provisions;

	private final PositionRepository positions;

	private final StatementRepository statements;

	private final CommitmentRepository commitments;

	TopicController(TopicRepository topics, ProvisionRepository provisions, PositionRepository positions,
			StatementRepository statements, CommitmentRepository commitments) {
		this.topics = topics;
		this.provisions = provisions;
		this.positions = positions;
		this.statements = statements;
		this.commitments = commitments;
	}

	@GetMapping("/topics")
	@Transactional(readOnly = true)
	String list(AsOf asOf, Model model, HttpServletRequest request) {
		Permalink.noParameters(request);
		LocalDate date = asOf.effective();
		model.addAttribute("topics", this.topics.findByRetiredFalseOrderBySortOrder());
		model.addAttribute("provisionCounts", IdCount.byId(this.provisions.countByTopic(date)));
		model.addAttribute("positionCounts", IdCount.byId(this.positions.countByTopic(date)));
		model.addAttribute("statementCounts", IdCount.byId(this.statements.countByTopic(date)));
		return "explore/topics";
	}

	@GetMapping("/topics/{slug}")
	@Transactional(readOnly = true)
	String show(@PathVariable String slug, AsOf asOf, @RequestParam(required = false) @Nullable String page,
			Model model, HttpServletRequest request) {
		Topic topic = this.topics.findBySlug(slug)
			.map((found) -> ReplaceableEntity.unlessRetired(found, "Topic",
					(successor) -> Links.page("topics", successor)))
			.orElseThrow(() -> new NotFoundException("topic"));
		LocalDate date = asOf.effective();
		model.addAttribute("topic", topic);
		model.addAttribute("ladder", topic.getLadder().levels());
		model.addAttribute("provisions", Preload.each(this.provisions.findByTopic(topic, date), Provision::getSources));
		// Each actor's latest position only (its history, with the evidence, is on the
		// actor's page): only what is shown loads its conditions.
		List<StanceTrack> tracks = StanceTrack.of(this.positions.findByTopic(topic, date), Position::getActor);
		List<Position> latest = tracks.stream().map(StanceTrack::latest).toList();
		if (!latest.isEmpty()) {
			this.positions.fetchConditions(latest);
		}
		model.addAttribute("tracks", tracks);
		Page<Statement> statements = Preload
			.page(this.statements.findByTopic(topic, date, ExplorePreload.statementPage(page)), Statement::getTopics);
		model.addAttribute("statements", statements);
		Permalink.pinPage(request, statements);
		// Counted every time (a derived Page skips the count when all fit), so that the
		// page costs the same statements whatever the data.
		Pageable newest = PageRequest.of(0, COMMITMENTS_SHOWN);
		model.addAttribute("commitments",
				new PageImpl<>(ExplorePreload.commitments(this.commitments.findByTopic(topic, date, newest)), newest,
						this.commitments.countByTopic(topic, date)));
		return "explore/topic";
	}

}
