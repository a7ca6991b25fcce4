package org.peaceterms.statement;

import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Predicate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.peaceterms.actor.Actor;
import org.peaceterms.opendata.ApiParams;
import org.peaceterms.topic.Topic;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;

/**
 * What the statements of the JSON API and the Atom feeds are filtered by, as a JPA
 * specification; every criterion but {@code asOf} is optional.
 *
 * @param text words found, case-insensitively, in the statement's text or context
 * @param speaker who said it
 * @param country the country or organisation it was said for, or which said it itself
 * @param topic a topic it carries
 * @param from said on or after
 * @param to said on or before
 * @param asOf nothing said later is found
 */
public record StatementCriteria(@Nullable String text, @Nullable Actor speaker, @Nullable Actor country,
		@Nullable Topic topic, @Nullable LocalDate from, @Nullable LocalDate to, LocalDate asOf) {

	/** Newest first: by the date said, then the latest entered. */
	public static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("saidOn"), Sort.Order.desc("id"));

	public Specification<Statement> specification() {
		return (root, query, cb) -> {
			if (!ApiParams.isCount(query)) {
				root.fetch("speaker");
				root.fetch("onBehalfOf", JoinType.LEFT);
				root.fetch("source");
				root.fetch("event", JoinType.LEFT);
				root.fetch("provision", JoinType.LEFT).fetch("proposal", JoinType.LEFT);
			}
			List<Predicate> where = new ArrayList<>();
			where.add(cb.isFalse(root.get("retired")));
			where.add(cb.lessThanOrEqualTo(root.get("saidOn"), this.asOf));
			if (this.text != null) {
				String pattern = ApiParams.containsPattern(this.text);
				where.add(cb.or(cb.like(cb.lower(root.get("text")), pattern, ApiParams.LIKE_ESCAPE),
						cb.like(cb.lower(root.get("context")), pattern, ApiParams.LIKE_ESCAPE)));
			}
			if (this.speaker != null) {
				where.add(cb.equal(root.get("speaker"), this.speaker));
			}
			if (this.country != null) {
				where.add(cb.or(cb.equal(root.get("onBehalfOf"), this.country),
						cb.equal(root.get("speaker"), this.country)));
			}
			if (this.topic != null) {
				where.add(cb.isMember(this.topic, root.get("topics")));
			}
			if (this.from != null) {
				where.add(cb.greaterThanOrEqualTo(root.get("saidOn"), this.from));
			}
			if (this.to != null) {
				where.add(cb.lessThanOrEqualTo(root.get("saidOn"), this.to));
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
	}

}
