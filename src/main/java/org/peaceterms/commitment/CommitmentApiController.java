package org.peaceterms.commitment;

import jakarta.persistence.criteria.Predicate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.peaceterms.opendata.ApiPage;
import org.peaceterms.opendata.ApiPaging;
import org.peaceterms.opendata.Specifications;
import org.peaceterms.shared.AsOf;
import org.peaceterms.shared.NotFoundException;
import org.peaceterms.web.Links;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
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

	CommitmentApiController(CommitmentRepository commitments) {
		this.commitments = commitments;
	}

	@GetMapping(Links.API + "/commitments")
	@Transactional(readOnly = true)
	ApiPage<CommitmentJson> list(AsOf asOf, @ParameterObject CommitmentFilter filter,
			@ParameterObject ApiPaging paging) {
		return ApiPage.of(this.commitments.findAll(matching(filter, asOf.effective()), paging.pageable(ORDER)),
				CommitmentJson::of, paging);
	}

	@GetMapping(Links.API + "/commitments/{id}")
	@Transactional(readOnly = true)
	CommitmentJson show(@PathVariable long id) {
		return this.commitments.findById(id)
			.filter((commitment) -> !commitment.isRetired())
			.map(CommitmentJson::of)
			.orElseThrow(() -> new NotFoundException("Commitment"));
	}

	private static Specification<Commitment> matching(CommitmentFilter filter, LocalDate asOf) {
		return (root, query, cb) -> {
			if (!Specifications.isCount(query)) {
				root.fetch("actor");
				root.fetch("topic");
			}
			List<Predicate> where = new ArrayList<>();
			where.add(cb.isFalse(root.get("retired")));
			where.add(cb.lessThanOrEqualTo(root.get("madeOn"), asOf));
			if (filter.actor() != null) {
				where.add(cb.equal(root.get("actor"), filter.actor()));
			}
			if (filter.kind() != null) {
				where.add(cb.equal(root.get("kind"), filter.kind()));
			}
			if (filter.basis() != null) {
				where.add(cb.equal(root.get("basis"), filter.basis()));
			}
			if (filter.topic() != null) {
				where.add(cb.equal(root.get("topic"), filter.topic()));
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
	}

}
