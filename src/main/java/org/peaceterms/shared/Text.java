package org.peaceterms.shared;

import org.jspecify.annotations.Nullable;

/** Typed and requested text, normalised one way everywhere. */
public final class Text {

	private Text() {
	}

	/**
	 * {@code value} without surrounding white space, or null when it holds nothing else.
	 */
	public static @Nullable String blankToNull(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	/** The most characters a search may hold, once control characters are gone. */
	public static final int MAX_SEARCH = 200;

	/**
	 * Search words as requested, with control characters (which PostgreSQL refuses in
	 * text) read as spaces and surrounding white space removed, or null when nothing is
	 * left. The length is checked where it is bound ({@link #MAX_SEARCH}).
	 */
	public static @Nullable String searchText(@Nullable String value) {
		if (value == null) {
			return null;
		}
		String text = value.codePoints()
			.map((c) -> Character.isISOControl(c) ? ' ' : c)
			.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
			.toString()
			.strip();
		return text.isEmpty() ? null : text;
	}

}
