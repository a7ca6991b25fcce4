package org.peaceterms.admin;

import java.lang.reflect.RecordComponent;
import java.util.Collection;
import org.peaceterms.shared.ControlCharacters;
import org.springframework.validation.BindingResult;

/**
 * Refuses control characters in what an editor typed: a text field (or a list of them)
 * holding U+0000 or another C0 control character or DEL, other than tab, line feed and
 * carriage return, gets a message at the field instead of reaching the database
 * (PostgreSQL cannot store U+0000 at all). Applied to every admin form.
 */
public final class FormText {

	/**
	 * What Hibernate Validator's {@code @URL} must also match for a citation link to be
	 * safe to follow: an http or https address with a host, nothing a browser would have
	 * to repair (spaces, quotes, angle brackets); or nothing, because {@code @URL}
	 * applies its pattern to an empty field too, and an empty field means "no address".
	 * Leading and trailing spaces are allowed; the admin controllers strip them.
	 */
	public static final String WEB_ADDRESS = "(?i)(https?://[^\\s/?#<>\"{}|\\\\^`]+[^\\s<>\"{}|\\\\^`]*)?";

	private FormText() {
	}

	/** Adds a field error for every text component of {@code form} that has one. */
	public static void check(Record form, BindingResult errors) {
		for (RecordComponent component : form.getClass().getRecordComponents()) {
			String name = component.getName();
			if (errors.hasFieldErrors(name)) {
				continue;
			}
			Object value = RecordValues.get(form, name);
			boolean bad = (value instanceof CharSequence text) ? ControlCharacters.in(text)
					: (value instanceof Collection<?> values)
							&& values.stream().anyMatch((v) -> v instanceof CharSequence t && ControlCharacters.in(t));
			if (bad) {
				errors.rejectValue(name, "admin.error.control");
			}
		}
	}

}
