package org.peaceterms.statement;

import jakarta.persistence.criteria.Predicate;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.peaceterms.actor.Actor;
import org.peaceterms.actor.ActorRepository;
import org.peaceterms.opendata.ApiPage;
import org.peaceterms.opendata.ApiPaging;
import org.peaceterms.opendata.ApiParams;
import org.peaceterms.shared.AsOf;
import org.peaceterms.shared.NotFoundException;
import org.peaceterms.topic.Stance;
import org.peaceterms.topic.Topic;
import org.peaceterms.topic.TopicRepository;
import org.peaceterms.web.Links;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The positions in the JSON API (the rows of the stance timeline), newest first, filtered
 * by {@code actor}, {@code topic} and {@code stance}; with {@code asOf}, only positions
 * taken by then. Each carries the stance held just before it.
 */
@RestController
class PositionApiController {

	private static final Sort ORDER = Sort.by(Sort.Order.desc("validFrom"), Sort.Order.desc("id"));

	private final PositionRepository positions;

	private final ActorRepository actors;

	private final TopicRepository topics;

	PositionApiController(PositionRepository positions, ActorRepository actors, TopicRepository topics) {
		this.positions = positions;
		this.actors = actors;
		this.topics = topics;
	}

	@GetMapping(Links.API + "/positions")
	@Transactional(readOnly = true)
	ApiPage<PositionJson> list(AsOf asOf, @RequestParam(required = false) @Nullable String actor,
			@RequestParam(required = false) @Nullable String topic,
			@RequestParam(required = false) @Nullable String stance,
			@RequestParam(required = false) @Nullable String page,
			@RequestParam(required = false) @Nullable String size, HttpServletRequest request) {
		ApiPaging paging = ApiPaging.parse(page, size);
		Actor of = ApiParams.record(actor, "actor", this.actors::findBySlug);
		Topic on = ApiParams.record(topic, "topic", this.topics::findBySlug);
		Stance at = ApiParams.constant(stance, "stance", Stance.class);
		Page<Position> found = this.positions.findAll(matching(of, on, at, asOf.effective()), paging.pageable(ORDER));
		Map<Long, Stance> previous = previousStances(found.getContent());
		return ApiPage.of(found, (position) -> PositionJson.of(position, previous.get(position.getId())), paging,
				request);
	}

	@GetMapping(Links.API + "/positions/{id}")
	@Transactional(readOnly = true)
	PositionJson show(@PathVariable long id) {
		Position position = this.positions.findById(id)
			.filter((found) -> !found.isRetired())
			.orElseThrow(() -> new NotFoundException("Position"));
		return PositionJson.of(position, previousStances(List.of(position)).get(id));
	}

	/** The previous stances of {@code shown}, from one query over their histories. */
	private Map<Long, Stance> previousStances(List<Position> shown) {
		if (shown.isEmpty()) {
			return Map.of();
		}
		return StanceHistory
			.previousStances(this.positions.findHistories(shown.stream().map(Position::getActor).distinct().toList(),
					shown.stream().map(Position::getTopic).distinct().toList()));
	}

	private static Specification<Position> matching(@Nullable Actor actor, @Nullable Topic topic,
			@Nullable Stance stance, LocalDate asOf) {
		return (root, query, cb) -> {
			if (!ApiParams.isCount(query)) {
				root.fetch("actor");
				root.fetch("topic");
				root.fetch("source");
			}
			List<Predicate> where = new ArrayList<>();
			where.add(cb.isFalse(root.get("retired")));
			where.add(cb.lessThanOrEqualTo(root.get("validFrom"), asOf));
			if (actor != null) {
				where.add(cb.equal(root.get("actor"), actor));
			}
			if (topic != null) {
				where.add(cb.equal(root.get("topic"), topic));
			}
			if (stance != null) {
				where.add(cb.equal(root.get("stance"), stance));
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
	}

}
