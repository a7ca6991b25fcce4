package org.peaceterms.web;

import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.peaceterms.shared.AuditedEntity;
import org.peaceterms.shared.BadRequestException;
import org.peaceterms.shared.Text;
import org.springframework.core.convert.converter.Converter;

/**
 * Reads a request parameter that names a record by its slug ({@code speaker=germany}), so
 * that a controller or filter record takes the record itself. A blank value is no record
 * ({@code null}); a value that is not a slug, or names no record or a retired one, fails
 * the binding with a reason that never echoes the value, and the request is a 400 (the
 * friendly page, or a problem under {@code /api/}).
 * <p>
 * Each feature declares one subclass for its record as a bean; Spring Boot adds converter
 * beans to Spring MVC's conversion service.
 *
 * @param <T> the record type
 */
public abstract class SlugConverter<T extends AuditedEntity> implements Converter<String, @Nullable T> {

	private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,119}");

	private final Class<T> type;

	private final Function<String, Optional<T>> finder;

	protected SlugConverter(Class<T> type, Function<String, Optional<T>> finder) {
		this.type = type;
		this.finder = finder;
	}

	/** The record type a slug names (documented in the API as a string). */
	public Class<T> type() {
		return this.type;
	}

	// Spring declares Converter<S, T extends @Nullable Object>: null is a valid result
	// for a nullable T, which NullAway, outside its JSpecify mode, does not follow.
	@Override
	@SuppressWarnings("NullAway")
	public @Nullable T convert(String source) {
		String value = Text.blankToNull(source);
		if (value == null) {
			return null;
		}
		if (!SLUG.matcher(value).matches()) {
			throw new BadRequestException("is not a slug");
		}
		return this.finder.apply(value)
			.filter((found) -> !found.isRetired())
			.orElseThrow(() -> new BadRequestException("names no record"));
	}

}
