package org.peaceterms.explore;

import java.time.LocalDate;
import org.peaceterms.commitment.CommitmentRepository;
import org.peaceterms.proposal.Provision;
import org.peaceterms.proposal.ProvisionRepository;
import org.peaceterms.shared.AsOf;
import org.peaceterms.shared.IdCount;
import org.peaceterms.shared.NotFoundException;
import org.peaceterms.shared.Preload;
import org.peaceterms.statement.Position;
import org.peaceterms.statement.PositionRepository;
import org.peaceterms.statement.Statement;
import org.peaceterms.statement.StatementRepository;
import org.peaceterms.topic.Topic;
import org.peaceterms.topic.TopicRepository;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The topics: the list in the taxonomy's order, and a page per topic with its question
 * and ladder, every proposal's provisions on it, every actor's positions on it over time,
 * the statements tagged with it and the commitments on it, as of the page's date.
 */
@Controller
class TopicController {

	/** How many statements a topic page lists before pointing to the search. */
	static final int STATEMENT_LIMIT = 50;

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
	String list(AsOf asOf, Model model) {
		LocalDate date = asOf.effective();
		model.addAttribute("topics", this.topics.findByRetiredFalseOrderBySortOrder());
		model.addAttribute("provisionCounts", IdCount.byId(this.provisions.countByTopic(date)));
		model.addAttribute("positionCounts", IdCount.byId(this.positions.countByTopic(date)));
		model.addAttribute("statementCounts", IdCount.byId(this.statements.countByTopic(date)));
		return "explore/topics";
	}

	@GetMapping("/topics/{slug}")
	@Transactional(readOnly = true)
	String show(@PathVariable String slug, AsOf asOf, Model model) {
		Topic topic = this.topics.findBySlug(slug)
			.filter((found) -> !found.isRetired())
			.orElseThrow(() -> new NotFoundException("topic"));
		LocalDate date = asOf.effective();
		model.addAttribute("topic", topic);
		model.addAttribute("ladder", topic.getLadder().levels());
		model.addAttribute("provisions", Preload.each(this.provisions.findByTopic(topic, date), Provision::getSources));
		model.addAttribute("tracks",
				StanceTrack.of(ExplorePreload.positions(this.positions.findByTopic(topic, date)), Position::getActor));
		model.addAttribute("statements", Preload
			.each(this.statements.findByTopic(topic, date, Limit.of(STATEMENT_LIMIT)), Statement::getTopics));
		model.addAttribute("statementCount", this.statements.countByTopic(topic, date));
		model.addAttribute("commitments", ExplorePreload.commitments(this.commitments.findByTopic(topic, date)));
		return "explore/topic";
	}

}
