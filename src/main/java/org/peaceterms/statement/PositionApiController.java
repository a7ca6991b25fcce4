package org.peaceterms.statement;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.persistence.criteria.Predicate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.peaceterms.actor.Actor;
import org.peaceterms.opendata.ApiPage;
import org.peaceterms.opendata.ApiPaging;
import org.peaceterms.opendata.Specifications;
import org.peaceterms.shared.AsOf;
import org.peaceterms.shared.NotFoundException;
import org.peaceterms.topic.Stance;
import org.peaceterms.topic.Topic;
import org.peaceterms.web.Links;
import org.springdoc.core.annotations.ParameterObject;
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

	PositionApiController(PositionRepository positions) {
		this.positions = positions;
	}

	@GetMapping(Links.API + "/positions")
	@Transactional(readOnly = true)
	ApiPage<PositionJson> list(AsOf asOf,
			@Parameter(description = "An actor's slug",
					schema = @Schema(type = "string")) @RequestParam(required = false) @Nullable Actor actor,
			@Parameter(description = "A topic's slug",
					schema = @Schema(type = "string")) @RequestParam(required = false) @Nullable Topic topic,
			@Parameter(schema = @Schema(implementation = Stance.class)) @RequestParam(
					required = false) @Nullable Stance stance,
			@ParameterObject ApiPaging paging) {
		Page<Position> found = this.positions.findAll(matching(actor, topic, stance, asOf.effective()),
				paging.pageable(ORDER));
		Map<Long, Stance> previous = previousStances(found.getContent());
		return ApiPage.of(found, (position) -> PositionJson.of(position, previous.get(position.getId())), paging);
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
			if (!Specifications.isCount(query)) {
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
