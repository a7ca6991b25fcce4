package org.peaceterms.shared;

import org.jspecify.annotations.Nullable;

/**
 * Which characters typed text may not hold: U+0000 (PostgreSQL cannot store it at all)
 * and the other C0 control characters and DEL, except tab, line feed and carriage return.
 */
public final class ControlCharacters {

	private ControlCharacters() {
	}

	/** Whether {@code text} holds a control character that is refused. */
	public static boolean in(@Nullable CharSequence text) {
		if (text == null) {
			return false;
		}
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f) {
				return true;
			}
		}
		return false;
	}

}
