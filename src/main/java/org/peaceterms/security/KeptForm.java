package org.peaceterms.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A form an editor posted after their session had ended: its address and every field but
 * the CSRF token, kept in the new session so that logging in again leads back to it with
 * nothing lost (see {@link SessionExpiryHandler} and {@link KeptFormController}). Login
 * keeps session attributes (Spring Security changes only the session id).
 *
 * @param path the address the form was posted to (within the application)
 * @param fields the fields, in order, repeated names kept
 */
public record KeptForm(String path, List<Field> fields) implements Serializable {

	static final String ATTRIBUTE = "peaceterms.keptForm";

	private static final int MAX_FIELDS = 500;

	/** One field of the form. */
	public record Field(String name, String value) implements Serializable {

	}

	/** Keeps the posted form of {@code request} in its (new) session. */
	static void keep(HttpServletRequest request) {
		List<Field> fields = new ArrayList<>();
		for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
			if (parameter.getKey().equals("_csrf")) {
				continue;
			}
			for (String value : parameter.getValue()) {
				if (fields.size() < MAX_FIELDS) {
					fields.add(new Field(parameter.getKey(), value));
				}
			}
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		request.getSession(true).setAttribute(ATTRIBUTE, new KeptForm(path, fields));
	}

	/** The kept form of this session, if any. */
	static @Nullable KeptForm of(@Nullable HttpSession session) {
		return (session != null && session.getAttribute(ATTRIBUTE) instanceof KeptForm kept) ? kept : null;
	}

	/**
	 * The fields to post again: an admin record form's submit action becomes "preview",
	 * so that it opens the form filled in (nothing is saved until the editor saves).
	 */
	public List<Field> replay() {
		return this.fields.stream()
			.map((field) -> field.name().equals("action") ? new Field("action", "preview") : field)
			.toList();
	}

}
