package org.peaceterms.statement;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.peaceterms.actor.Actor;
import org.peaceterms.opendata.Specifications;
import org.peaceterms.shared.Confidence;
import org.peaceterms.topic.Topic;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;

/**
 * The one statement search, used by the statements page, its downloads, the JSON API and
 * the Atom feeds, as a JPA specification that runs the same on H2 and PostgreSQL; every
 * criterion but {@code asOf} is optional.
 * <p>
 * The text is split into words, and a statement matches when every word, in any order, is
 * found case-insensitively in its text or context, or in the name or aliases of its
 * speaker or of the actor it was said for ("Merz", "Friedrich Merz", "Zelenskyy",
 * "Kiev"). Hyphens and spaces do not count, so "cease-fire", "ceasefire" and "cease fire"
 * find the same statements. {@code %} and {@code _} match themselves.
 *
 * @param text words to find
 * @param speaker who said it
 * @param country the country or organisation it was said for, or which said it itself
 * @param topic a topic it carries
 * @param from said on or after
 * @param to said on or before
 * @param asOf nothing said later is found
 */
public record StatementCriteria(@Nullable String text, @Nullable Actor speaker, @Nullable Actor country,
		@Nullable Topic topic, @Nullable LocalDate from, @Nullable LocalDate to, LocalDate asOf,
		@Nullable Confidence confidence) {

	public StatementCriteria(@Nullable String text, @Nullable Actor speaker, @Nullable Actor country,
			@Nullable Topic topic, @Nullable LocalDate from, @Nullable LocalDate to, LocalDate asOf) {
		this(text, speaker, country, topic, from, to, asOf, null);
	}

	/** Newest first: by the date said, then the latest entered. */
	public static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("saidOn"), Sort.Order.desc("id"));

	/** Everything said by {@code asOf}. */
	public static StatementCriteria asOf(LocalDate asOf) {
		return new StatementCriteria(null, null, null, null, null, null, asOf);
	}

	/** The search words, lower-case and without hyphens or dashes; empty without text. */
	public List<String> words() {
		if (this.text == null) {
			return List.of();
		}
		return Arrays.stream(this.text.toLowerCase(Locale.ROOT).split("\\s+"))
			.map((word) -> word.replaceAll("\\p{Pd}", ""))
			.filter((word) -> !word.isEmpty())
			.distinct()
			.toList();
	}

	/** The statements matching, in the order of the page or query that uses it. */
	public Specification<Statement> specification() {
		return (root, query, cb) -> {
			if (!Specifications.isCount(query)) {
				root.fetch("speaker", JoinType.LEFT);
				root.fetch("onBehalfOf", JoinType.LEFT);
				root.fetch("source");
				root.fetch("event", JoinType.LEFT);
				root.fetch("provision", JoinType.LEFT).fetch("proposal", JoinType.LEFT);
			}
			List<Predicate> where = new ArrayList<>();
			where.add(cb.isFalse(root.get("retired")));
			where.add(cb.lessThanOrEqualTo(root.get("saidOn"), this.asOf));
			where.add(cb.lessThanOrEqualTo(root.get("source").get("publishedOn"), this.asOf));
			if (this.confidence != null) {
				where.add(cb.equal(root.get("sourcing").get("confidence"), this.confidence));
			}
			List<Expression<String>> searched = List.of(root.get("text"), root.get("context"), root.get("speakerLabel"),
					root.get("accordingTo"));
			for (String word : words()) {
				String pattern = Specifications.containsPattern(word);
				// The actors whose name or aliases hold the word, found once among the
				// actors rather than once per statement through its speaker and the actor
				// it was said for.
				Subquery<Long> named = query.subquery(Long.class);
				Root<Actor> actor = named.from(Actor.class);
				named.select(actor.get("id"))
					.where(cb.or(cb.like(squeezed(cb, actor.get("name")), pattern, Specifications.LIKE_ESCAPE),
							cb.like(squeezed(cb, actor.get("aliases")), pattern, Specifications.LIKE_ESCAPE)));
				List<Predicate> found = new ArrayList<>();
				for (Expression<String> field : searched) {
					found.add(cb.like(squeezed(cb, field), pattern, Specifications.LIKE_ESCAPE));
				}
				found.add(root.get("speaker").get("id").in(named));
				found.add(root.get("onBehalfOf").get("id").in(named));
				where.add(cb.or(found.toArray(Predicate[]::new)));
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

	/**
	 * The statements matching, most relevant first: each word found in the words said
	 * counts most, in the context next, in a name or alias least; then newest first. For
	 * an unsorted page (the order is part of the query).
	 */
	public Specification<Statement> byRelevance() {
		Specification<Statement> matching = specification();
		return (root, query, cb) -> {
			Predicate where = matching.toPredicate(root, query, cb);
			if (!Specifications.isCount(query)) {
				Expression<Integer> score = cb.literal(0);
				for (String word : words()) {
					String pattern = Specifications.containsPattern(word);
					score = cb.sum(score,
							cb.<Integer>selectCase()
								.when(cb.like(squeezed(cb, root.get("text")), pattern, Specifications.LIKE_ESCAPE), 3)
								.when(cb.like(squeezed(cb, root.get("context")), pattern, Specifications.LIKE_ESCAPE),
										2)
								.otherwise(1));
				}
				query.orderBy(cb.desc(score), cb.desc(root.get("saidOn")), cb.desc(root.get("id")));
			}
			return where;
		};
	}

	/** {@code field} lower-cased, without hyphens, en dashes and spaces. */
	private static Expression<String> squeezed(CriteriaBuilder cb, Expression<String> field) {
		Expression<String> lower = cb.lower(field);
		for (String gone : List.of("-", "\u2013", " ")) {
			lower = cb.function("replace", String.class, lower, cb.literal(gone), cb.literal(""));
		}
		return lower;
	}

}
