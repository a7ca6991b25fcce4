package org.peaceterms.proposal;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.peaceterms.opendata.ApiPage;
import org.peaceterms.opendata.ApiPaging;
import org.peaceterms.opendata.Specifications;
import org.peaceterms.shared.AsOf;
import org.peaceterms.shared.NotFoundException;
import org.peaceterms.topic.Topic;
import org.peaceterms.web.Links;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The provisions in the JSON API, across proposals (newest proposal first, then by
 * number), optionally of one {@code proposal} or on one {@code topic}; with {@code asOf},
 * only those of proposals presented by then.
 */
@RestController
class ProvisionApiController {

	private static final Sort ORDER = Sort.by(Sort.Order.desc("proposal.presentedOn"), Sort.Order.asc("proposal.slug"),
			Sort.Order.asc("number"), Sort.Order.asc("id"));

	private final ProvisionRepository provisions;

	ProvisionApiController(ProvisionRepository provisions) {
		this.provisions = provisions;
	}

	@GetMapping(Links.API + "/provisions")
	@Transactional(readOnly = true)
	ApiPage<ProvisionJson> list(AsOf asOf,
			@Parameter(description = "A proposal's slug",
					schema = @Schema(type = "string")) @RequestParam(required = false) @Nullable Proposal proposal,
			@Parameter(description = "A topic's slug",
					schema = @Schema(type = "string")) @RequestParam(required = false) @Nullable Topic topic,
			@ParameterObject ApiPaging paging) {
		return ApiPage.of(this.provisions.findAll(matching(proposal, topic, asOf.effective()), paging.pageable(ORDER)),
				ProvisionJson::of, paging);
	}

	@GetMapping(Links.API + "/provisions/{id}")
	@Transactional(readOnly = true)
	ProvisionJson show(@PathVariable long id) {
		return this.provisions.findById(id)
			.filter((provision) -> !provision.isRetired() && !provision.getProposal().isRetired())
			.map(ProvisionJson::of)
			.orElseThrow(() -> new NotFoundException("Provision"));
	}

	private static Specification<Provision> matching(@Nullable Proposal proposal, @Nullable Topic topic,
			LocalDate asOf) {
		return (root, query, cb) -> {
			Join<Provision, Proposal> of = root.join("proposal");
			if (!Specifications.isCount(query)) {
				root.fetch("topic");
			}
			List<Predicate> where = new ArrayList<>();
			where.add(cb.isFalse(root.get("retired")));
			where.add(cb.isFalse(of.get("retired")));
			where.add(cb.lessThanOrEqualTo(of.get("presentedOn"), asOf));
			if (proposal != null) {
				where.add(cb.equal(root.get("proposal"), proposal));
			}
			if (topic != null) {
				where.add(cb.equal(root.get("topic"), topic));
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
	}

}
