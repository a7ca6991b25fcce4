package org.peaceterms.compare;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.peaceterms.opendata.ApiPage;
import org.peaceterms.opendata.ApiPaging;
import org.peaceterms.proposal.Proposal;
import org.peaceterms.proposal.Provision;
import org.peaceterms.proposal.ProvisionRepository;
import org.peaceterms.shared.AsOf;
import org.peaceterms.shared.NotFoundException;
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
 * The compare relations in the JSON API: editors' verdicts on how two proposals relate on
 * one topic, filtered by the {@code left} and {@code right} proposal and the
 * {@code topic}; with {@code asOf}, only relations between proposals both presented by
 * then. Each side lists its proposal's provisions on the topic, loaded for the whole page
 * in one query.
 */
@RestController
class RelationApiController {

	private static final Sort ORDER = Sort.by("left.slug", "right.slug", "topic.sortOrder", "id");

	private final TopicRelationRepository relations;

	private final ProvisionRepository provisions;

	RelationApiController(TopicRelationRepository relations, ProvisionRepository provisions) {
		this.relations = relations;
		this.provisions = provisions;
	}

	@GetMapping(Links.API + "/relations")
	@Transactional(readOnly = true)
	ApiPage<RelationJson> list(AsOf asOf,
			@Parameter(description = "A proposal's slug",
					schema = @Schema(type = "string")) @RequestParam(required = false) @Nullable Proposal left,
			@Parameter(description = "A proposal's slug",
					schema = @Schema(type = "string")) @RequestParam(required = false) @Nullable Proposal right,
			@Parameter(description = "A topic's slug",
					schema = @Schema(type = "string")) @RequestParam(required = false) @Nullable Topic topic,
			@ParameterObject ApiPaging paging) {
		Page<TopicRelation> found = this.relations.findAll(matching(left, right, topic, asOf.effective()),
				paging.pageable(ORDER));
		Sides sides = sidesOf(found.getContent());
		return ApiPage.of(found, sides::json, paging);
	}

	@GetMapping(Links.API + "/relations/{id}")
	@Transactional(readOnly = true)
	RelationJson show(@PathVariable long id) {
		TopicRelation relation = this.relations.findById(id)
			.filter((found) -> !found.isRetired() && !found.getLeft().isRetired() && !found.getRight().isRetired())
			.orElseThrow(() -> new NotFoundException("Relation"));
		return sidesOf(List.of(relation)).json(relation);
	}

	private Sides sidesOf(List<TopicRelation> shown) {
		if (shown.isEmpty()) {
			return new Sides(Map.of());
		}
		List<Proposal> involved = shown.stream()
			.flatMap((relation) -> Stream.of(relation.getLeft(), relation.getRight()))
			.distinct()
			.toList();
		List<Topic> topicsShown = shown.stream().map(TopicRelation::getTopic).distinct().toList();
		Map<String, List<Provision>> sides = new HashMap<>();
		for (Provision provision : this.provisions.findByProposalsAndTopics(involved, topicsShown)) {
			for (Topic topic : provision.getTopics()) {
				sides.computeIfAbsent(key(provision.getProposal().getId(), topic.getId()), (key) -> new ArrayList<>())
					.add(provision);
			}
		}
		return new Sides(sides);
	}

	private static String key(@Nullable Long proposalId, @Nullable Long topicId) {
		return proposalId + "/" + topicId;
	}

	private static Specification<TopicRelation> matching(@Nullable Proposal left, @Nullable Proposal right,
			@Nullable Topic topic, LocalDate asOf) {
		return (root, query, cb) -> {
			Join<TopicRelation, Proposal> leftJoin = root.join("left");
			Join<TopicRelation, Proposal> rightJoin = root.join("right");
			List<Predicate> where = new ArrayList<>();
			where.add(cb.isFalse(root.get("retired")));
			where.add(cb.isFalse(leftJoin.get("retired")));
			where.add(cb.isFalse(rightJoin.get("retired")));
			where.add(cb.lessThanOrEqualTo(leftJoin.get("presentedOn"), asOf));
			where.add(cb.lessThanOrEqualTo(rightJoin.get("presentedOn"), asOf));
			if (left != null) {
				where.add(cb.equal(root.get("left"), left));
			}
			if (right != null) {
				where.add(cb.equal(root.get("right"), right));
			}
			if (topic != null) {
				where.add(cb.equal(root.get("topic"), topic));
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
	}

	/** The provisions of a page of relations, by proposal and topic. */
	private record Sides(Map<String, List<Provision>> provisions) {

		RelationJson json(TopicRelation relation) {
			return RelationJson.of(relation, side(relation.getLeft(), relation), side(relation.getRight(), relation));
		}

		private List<Provision> side(Proposal proposal, TopicRelation relation) {
			return this.provisions.getOrDefault(key(proposal.getId(), relation.getTopic().getId()), List.of());
		}

	}

}
