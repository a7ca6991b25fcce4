package org.peaceterms.statement;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * {@link StatementSearch} as two JPQL queries built from the filter: a count, then the
 * page itself with its to-one associations fetched by joins. The text criterion is a
 * case-insensitive {@code like} with the user's {@code %} and {@code _} escaped, so that
 * they match themselves; it runs unchanged on H2 and PostgreSQL.
 */
class StatementSearchImpl implements StatementSearch {

	private static final char ESCAPE = '!';

	private final EntityManager entityManager;

	StatementSearchImpl(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	@Override
	public StatementPage search(StatementFilter filter, int page) {
		if (page < 1) {
			throw new IllegalArgumentException("pages are numbered from 1");
		}
		Map<String, Object> parameters = new LinkedHashMap<>();
		String where = where(filter, parameters);
		TypedQuery<Long> count = this.entityManager.createQuery("select count(s) from Statement s" + where, Long.class);
		parameters.forEach(count::setParameter);
		long total = count.getSingleResult();
		long offset = (long) (page - 1) * StatementPage.SIZE;
		if (offset >= total) {
			return new StatementPage(List.of(), page, StatementPage.SIZE, total);
		}
		TypedQuery<Statement> select = this.entityManager.createQuery("""
				select s from Statement s join fetch s.speaker left join fetch s.onBehalfOf join fetch s.source
				""" + where + " order by s.saidOn desc, s.id desc", Statement.class);
		parameters.forEach(select::setParameter);
		select.setFirstResult((int) offset);
		select.setMaxResults(StatementPage.SIZE);
		return new StatementPage(select.getResultList(), page, StatementPage.SIZE, total);
	}

	@Override
	public List<Statement> searchAll(StatementFilter filter, int limit) {
		Map<String, Object> parameters = new LinkedHashMap<>();
		TypedQuery<Statement> select = this.entityManager.createQuery("""
				select s from Statement s join fetch s.speaker left join fetch s.onBehalfOf join fetch s.source
				""" + where(filter, parameters) + " order by s.saidOn desc, s.id desc", Statement.class);
		parameters.forEach(select::setParameter);
		select.setMaxResults(limit);
		return select.getResultList();
	}

	@Override
	public List<Statement> searchAfter(StatementFilter filter, @Nullable LocalDate saidOn, @Nullable Long id,
			int limit) {
		Map<String, Object> parameters = new LinkedHashMap<>();
		String where = where(filter, parameters);
		if (saidOn != null && id != null) {
			where += " and (s.saidOn < :afterDate or (s.saidOn = :afterDate and s.id < :afterId))";
			parameters.put("afterDate", saidOn);
			parameters.put("afterId", id);
		}
		TypedQuery<Statement> select = this.entityManager.createQuery("""
				select s from Statement s join fetch s.speaker left join fetch s.onBehalfOf join fetch s.source
				  left join fetch s.event
				""" + where + " order by s.saidOn desc, s.id desc", Statement.class);
		parameters.forEach(select::setParameter);
		select.setMaxResults(limit);
		return select.getResultList();
	}

	@Override
	public Map<Long, List<String>> topicSlugs(Collection<Long> ids) {
		Map<Long, List<String>> slugs = new HashMap<>();
		if (ids.isEmpty()) {
			return slugs;
		}
		List<Object[]> rows = this.entityManager
			.createQuery(
					"select s.id, t.slug from Statement s join s.topics t where s.id in :ids" + " order by t.sortOrder",
					Object[].class)
			.setParameter("ids", ids)
			.getResultList();
		for (Object[] row : rows) {
			slugs.computeIfAbsent((Long) row[0], (key) -> new ArrayList<>()).add((String) row[1]);
		}
		return slugs;
	}

	private static String where(StatementFilter filter, Map<String, Object> parameters) {
		StringBuilder where = new StringBuilder(" where s.retired = false and s.saidOn <= :asOf");
		parameters.put("asOf", filter.asOf());
		String text = filter.text();
		if (text != null && !text.isBlank()) {
			where.append(" and (lower(s.text) like :text escape '" + ESCAPE
					+ "' or lower(s.context) like :text escape '" + ESCAPE + "')");
			parameters.put("text", "%" + escapeLike(text.strip().toLowerCase(Locale.ROOT)) + "%");
		}
		if (filter.speaker() != null) {
			where.append(" and s.speaker = :speaker");
			parameters.put("speaker", filter.speaker());
		}
		if (filter.country() != null) {
			where.append(" and (s.onBehalfOf = :country or s.speaker = :country)");
			parameters.put("country", filter.country());
		}
		if (filter.topic() != null) {
			where.append(" and :topic member of s.topics");
			parameters.put("topic", filter.topic());
		}
		putIfPresent(where, parameters, " and s.saidOn >= :from", "from", filter.from());
		putIfPresent(where, parameters, " and s.saidOn <= :to", "to", filter.to());
		return where.toString();
	}

	private static void putIfPresent(StringBuilder where, Map<String, Object> parameters, String clause, String name,
			@Nullable Object value) {
		if (value != null) {
			where.append(clause);
			parameters.put(name, value);
		}
	}

	/** Makes {@code %}, {@code _} and the escape character match themselves. */
	static String escapeLike(String term) {
		StringBuilder escaped = new StringBuilder(term.length() + 8);
		for (char c : term.toCharArray()) {
			if (c == '%' || c == '_' || c == ESCAPE) {
				escaped.append(ESCAPE);
			}
			escaped.append(c);
		}
		return escaped.toString();
	}

}
