package org.peaceterms.explore;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.peaceterms.commitment.CommitmentRepository;
import org.peaceterms.opendata.Permalink;
import org.peaceterms.proposal.Provision;
import org.peaceterms.proposal.ProvisionRepository;
import org.peaceterms.shared.AsOf;
import org.peaceterms.shared.GoneException;
import org.peaceterms.shared.IdCount;
import org.peaceterms.shared.NotFoundException;
import org.peaceterms.shared.Preload;
import org.peaceterms.statement.Position;
import org.peaceterms.statement.PositionRepository;
import org.peaceterms.statement.Statement;
import org.peaceterms.statement.StatementRepository;
import org.peaceterms.topic.Topic;
import org.peaceterms.topic.TopicRepository;
import org.peaceterms.web.Links;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The topics: the list in the taxonomy's order, and a page per topic with its question
 * and ladder, every proposal's provisions on it, every actor's positions on it over time,
 * the statements tagged with it and the commitments on it, as of the page's date.
 */
@Controller
class TopicController {

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
			.map((found) -> GoneException.unlessRetired(found, "Topic",
					(retired) -> (retired.getReplacedBy() != null)
							? Links.page("topics", retired.getReplacedBy().getSlug()) : null))
			.orElseThrow(() -> new NotFoundException("topic"));
		LocalDate date = asOf.effective();
		model.addAttribute("topic", topic);
		model.addAttribute("ladder", topic.getLadder().levels());
		model.addAttribute("provisions", Preload.each(this.provisions.findByTopic(topic, date), Provision::getSources));
		model.addAttribute("tracks",
				StanceTrack.of(ExplorePreload.positions(this.positions.findByTopic(topic, date)), Position::getActor));
		Page<Statement> statements = Preload
			.page(this.statements.findByTopic(topic, date, ExplorePreload.statementPage(page)), Statement::getTopics);
		model.addAttribute("statements", statements);
		Permalink.pinPage(request, statements);
		model.addAttribute("commitments", ExplorePreload.commitments(this.commitments.findByTopic(topic, date)));
		return "explore/topic";
	}

}
