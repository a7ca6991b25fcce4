package org.peaceterms.web;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.peaceterms.shared.BadRequestException;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.converter.ConverterFactory;

/**
 * Reads a request parameter that names a constant ({@code kind=troops},
 * {@code basis=PLEDGE}, {@code stance=red-line}): case does not count and a hyphen stands
 * for an underscore, so the values read as they are written in addresses. A blank value
 * is no constant ({@code null}); an unknown one fails the binding (a 400) with a reason
 * that never echoes it. Replaces Spring's exact-name converter for every form and filter.
 */
final class NamedConstantConverterFactory implements ConverterFactory<String, Enum<?>> {

	// Spring declares Converter<S, T extends @Nullable Object>: null is a valid result
	// for a nullable T, which NullAway, outside its JSpecify mode, does not follow.
	@Override
	@SuppressWarnings({ "unchecked", "rawtypes", "NullAway" })
	public <T extends Enum<?>> Converter<String, @Nullable T> getConverter(Class<T> targetType) {
		Class<?> type = targetType;
		while (type != null && !type.isEnum()) {
			type = type.getSuperclass();
		}
		Class<? extends Enum> enumType = (Class<? extends Enum>) ((type != null) ? type : targetType);
		return (source) -> (@Nullable T) constant(source, enumType);
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static @Nullable Enum<?> constant(String source, Class<? extends Enum> type) {
		String text = source.strip();
		if (text.isEmpty()) {
			return null;
		}
		try {
			return Enum.valueOf(type, text.toUpperCase(Locale.ROOT).replace('-', '_'));
		}
		catch (IllegalArgumentException ex) {
			throw new BadRequestException("is not one of the listed values");
		}
	}

}
