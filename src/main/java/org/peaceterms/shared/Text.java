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

}
