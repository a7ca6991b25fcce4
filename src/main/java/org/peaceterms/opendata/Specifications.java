package org.peaceterms.opendata;

import jakarta.persistence.criteria.CriteriaQuery;
import java.util.Locale;

/**
 * Pieces of the JPA specifications behind the searchable lists (statements, commitments,
 * provisions, positions): a {@code LIKE} pattern that finds words as typed, and whether a
 * specification is building a page's count query. The parameters themselves are bound by
 * Spring MVC: slug converters ({@code web.SlugConverter}), constants read leniently,
 * {@code @DateTimeFormat} dates and Bean Validation.
 */
public final class Specifications {

	private Specifications() {
	}

	/**
	 * {@code text} as a case-insensitive SQL {@code LIKE} pattern matching it anywhere,
	 * with {@link #LIKE_ESCAPE} as the escape character for the wildcards it contains.
	 */
	public static String containsPattern(String text) {
		String escaped = text.toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_");
		return "%" + escaped + "%";
	}

	/**
	 * The escape character of {@link #containsPattern} patterns: not a backslash, which
	 * the databases read differently in string literals.
	 */
	public static final char LIKE_ESCAPE = '!';

	/**
	 * Whether a specification is building the count query of a page, which must not fetch
	 * associations (a list query fetches them, against one query per row).
	 */
	public static boolean isCount(CriteriaQuery<?> query) {
		return query.getResultType() == Long.class || query.getResultType() == long.class;
	}

}
