package org.peaceterms.statement;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Root;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hibernate.jpa.HibernateHints;
import org.hibernate.query.criteria.HibernateCriteriaBuilder;
import org.hibernate.query.criteria.JpaCriteriaQuery;
import org.hibernate.query.criteria.JpaSubQuery;
import org.jspecify.annotations.Nullable;
import org.peaceterms.topic.Topic;
import org.springframework.data.jpa.repository.query.QueryUtils;

/**
 * {@link StatementStreams} with the Criteria API: the query of
 * {@link StatementCriteria#specification()}, with each statement's topics aggregated by a
 * correlated subquery ({@code listagg}, {@code string_agg} on PostgreSQL) in the same
 * row. One query for the whole download: before, a second query per chunk of a thousand
 * looked the topics up by a list of a thousand ids, which H2 checks one by one for every
 * row it reads, and read every statement's row a second time.
 */
class StatementStreamsImpl implements StatementStreams {

	/** Between two slugs in the aggregate: a slug is {@code [a-z0-9-]}. */
	private static final String SEPARATOR = " ";

	private final EntityManager entityManager;

	StatementStreamsImpl(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	@Override
	public Stream<WithTopics> streamWithTopics(StatementCriteria criteria) {
		HibernateCriteriaBuilder cb = (HibernateCriteriaBuilder) this.entityManager.getCriteriaBuilder();
		JpaCriteriaQuery<Tuple> query = cb.createTupleQuery();
		Root<Statement> statement = query.from(Statement.class);
		JpaSubQuery<String> slugs = query.subquery(String.class);
		Join<Statement, Topic> topic = slugs.correlate(statement).join("topics");
		slugs.select(cb.listagg(cb.asc(topic.get("slug")), topic.get("slug"), SEPARATOR));
		query.multiselect(statement, slugs);
		query.where(criteria.specification().toPredicate(statement, query, cb));
		query.orderBy(QueryUtils.toOrders(StatementCriteria.NEWEST_FIRST, statement, cb));
		Comparator<String> topicOrder = topicOrder();
		return this.entityManager.createQuery(query)
			.setHint(HibernateHints.HINT_READ_ONLY, true)
			.getResultStream()
			.map((row) -> new WithTopics(row.get(0, Statement.class), split(row.get(1, String.class), topicOrder)));
	}

	/** The order of the topics' slugs: the topics' sort order, then their ids. */
	private Comparator<String> topicOrder() {
		Map<String, Topic> bySlug = this.entityManager.createQuery("select t from Topic t", Topic.class)
			.getResultStream()
			.collect(Collectors.toMap(Topic::getSlug, Function.identity()));
		return Comparator.comparing(bySlug::get,
				Comparator.comparing(Topic::getSortOrder).thenComparingLong(Topic::requireId));
	}

	private static List<String> split(@Nullable String slugs, Comparator<String> topicOrder) {
		if (slugs == null || slugs.isEmpty()) {
			return List.of();
		}
		return Arrays.stream(slugs.split(SEPARATOR)).sorted(topicOrder).toList();
	}

}
