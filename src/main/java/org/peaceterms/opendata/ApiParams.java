package org.peaceterms.opendata;

import jakarta.persistence.criteria.CriteriaQuery;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.peaceterms.shared.AuditedEntity;
import org.peaceterms.shared.BadRequestException;
import org.peaceterms.shared.Text;

/**
 * Reads the filter parameters of API lists the way the site's pages read theirs: a blank
 * value is no filter; a slug naming no record, a malformed date, an unknown enum value or
 * an overlong search is a {@link BadRequestException} (a 400 problem), never a 500 and
 * never an empty result that hides a typo.
 */
public final class ApiParams {

	private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,119}");

	private static final int MAX_TEXT_LENGTH = 200;

	private ApiParams() {
	}

	/**
	 * The record {@code slug} names through {@code finder}, or {@code null} for no
	 * filter.
	 */
	public static <T extends AuditedEntity> @Nullable T record(@Nullable String slug, String name,
			Function<String, Optional<T>> finder) {
		String value = Text.blankToNull(slug);
		if (value == null) {
			return null;
		}
		if (!SLUG.matcher(value).matches()) {
			throw new BadRequestException(name + " is not a slug");
		}
		return finder.apply(value)
			.filter((found) -> !found.isRetired())
			.orElseThrow(() -> new BadRequestException(name + " names no record"));
	}

	/** A date in ISO form ({@code 2025-02-17}), or {@code null} for no filter. */
	public static @Nullable LocalDate date(@Nullable String value, String name) {
		String text = Text.blankToNull(value);
		if (text == null) {
			return null;
		}
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			throw new BadRequestException(name + " is not a date (YYYY-MM-DD)");
		}
	}

	/** A constant of {@code type} by its name (case-insensitive), or {@code null}. */
	public static <E extends Enum<E>> @Nullable E constant(@Nullable String value, String name, Class<E> type) {
		String text = Text.blankToNull(value);
		if (text == null) {
			return null;
		}
		try {
			return Enum.valueOf(type, text.toUpperCase(Locale.ROOT).replace('-', '_'));
		}
		catch (IllegalArgumentException ex) {
			throw new BadRequestException(name + " is not one of the listed values");
		}
	}

	/**
	 * Search words without control characters (which PostgreSQL rejects in text), or
	 * {@code null} when nothing is left.
	 */
	public static @Nullable String text(@Nullable String value, String name) {
		if (value == null) {
			return null;
		}
		String text = value.codePoints()
			.map((c) -> Character.isISOControl(c) ? ' ' : c)
			.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
			.toString()
			.strip();
		if (text.length() > MAX_TEXT_LENGTH) {
			throw new BadRequestException(name + " is longer than " + MAX_TEXT_LENGTH + " characters");
		}
		return text.isEmpty() ? null : text;
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
