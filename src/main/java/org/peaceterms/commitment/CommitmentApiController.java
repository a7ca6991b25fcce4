package org.peaceterms.commitment;

import jakarta.persistence.criteria.Predicate;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.peaceterms.actor.Actor;
import org.peaceterms.actor.ActorRepository;
import org.peaceterms.opendata.ApiPage;
import org.peaceterms.opendata.ApiPaging;
import org.peaceterms.opendata.ApiParams;
import org.peaceterms.shared.AsOf;
import org.peaceterms.shared.NotFoundException;
import org.peaceterms.topic.Topic;
import org.peaceterms.topic.TopicRepository;
import org.peaceterms.web.Links;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The commitments in the JSON API, newest first, filtered as on the commitments page: by
 * {@code actor}, {@code kind} (TROOPS, MONEY, CAPABILITY, POLITICAL), {@code basis}
 * (PLEDGE, ASK, ESTIMATE) and {@code topic}; with {@code asOf}, only those made by then.
 */
@RestController
class CommitmentApiController {

	private static final Sort ORDER = Sort.by(Sort.Order.desc("madeOn"), Sort.Order.asc("id"));

	private final CommitmentRepository commitments;

	private final ActorRepository actors;

	private final TopicRepository topics;

	CommitmentApiController(CommitmentRepository commitments, ActorRepository actors, TopicRepository topics) {
		this.commitments = commitments;
		this.actors = actors;
		this.topics = topics;
	}

	@GetMapping(Links.API + "/commitments")
	@Transactional(readOnly = true)
	ApiPage<CommitmentJson> list(AsOf asOf, @RequestParam(required = false) @Nullable String actor,
			@RequestParam(required = false) @Nullable String kind,
			@RequestParam(required = false) @Nullable String basis,
			@RequestParam(required = false) @Nullable String topic,
			@RequestParam(required = false) @Nullable String page,
			@RequestParam(required = false) @Nullable String size, HttpServletRequest request) {
		ApiPaging paging = ApiPaging.parse(page, size);
		Actor by = ApiParams.record(actor, "actor", this.actors::findBySlug);
		CommitmentKind ofKind = ApiParams.constant(kind, "kind", CommitmentKind.class);
		CommitmentBasis onBasis = ApiParams.constant(basis, "basis", CommitmentBasis.class);
		Topic on = ApiParams.record(topic, "topic", this.topics::findBySlug);
		return ApiPage.of(
				this.commitments.findAll(matching(by, ofKind, onBasis, on, asOf.effective()), paging.pageable(ORDER)),
				CommitmentJson::of, paging, request);
	}

	@GetMapping(Links.API + "/commitments/{id}")
	@Transactional(readOnly = true)
	CommitmentJson show(@PathVariable long id) {
		return this.commitments.findById(id)
			.filter((commitment) -> !commitment.isRetired())
			.map(CommitmentJson::of)
			.orElseThrow(() -> new NotFoundException("Commitment"));
	}

	private static Specification<Commitment> matching(@Nullable Actor actor, @Nullable CommitmentKind kind,
			@Nullable CommitmentBasis basis, @Nullable Topic topic, LocalDate asOf) {
		return (root, query, cb) -> {
			if (!ApiParams.isCount(query)) {
				root.fetch("actor");
				root.fetch("topic");
			}
			List<Predicate> where = new ArrayList<>();
			where.add(cb.isFalse(root.get("retired")));
			where.add(cb.lessThanOrEqualTo(root.get("madeOn"), asOf));
			if (actor != null) {
				where.add(cb.equal(root.get("actor"), actor));
			}
			if (kind != null) {
				where.add(cb.equal(root.get("kind"), kind));
			}
			if (basis != null) {
				where.add(cb.equal(root.get("basis"), basis));
			}
			if (topic != null) {
				where.add(cb.equal(root.get("topic"), topic));
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
	}

}
