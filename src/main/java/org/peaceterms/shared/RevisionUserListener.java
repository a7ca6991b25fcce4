package org.peaceterms.shared;

import org.hibernate.envers.RevisionListener;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Stamps each new {@link Revision} with the name of the user who made the change (the
 * logged-in user of the thread's security context; none for migrations and other system
 * work), and the reason the editor gave for it (the admin forms' {@value #REASON} field).
 * Envers creates this listener itself, outside the Spring context, so it reads both from
 * their thread-bound holders.
 */
public class RevisionUserListener implements RevisionListener {

	/** The request parameter of the admin forms that holds the reason for a change. */
	public static final String REASON = "changeReason";

	@Override
	public void newRevision(Object revisionEntity) {
		Revision revision = (Revision) revisionEntity;
		revision.setUsername(username());
		revision.setReason(reason());
	}

	/** The logged-in user's name, or {@code null} for anonymous or system work. */
	public static @Nullable String username() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) {
			return null;
		}
		return authentication.getName();
	}

	/**
	 * The reason an editor gave with the change: the {@value #REASON} parameter of the
	 * request that saves it, trimmed to what the column holds.
	 */
	private static @Nullable String reason() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			String reason = attributes.getRequest().getParameter(REASON);
			if (reason != null && !reason.isBlank()) {
				String text = reason.strip();
				return (text.length() > 500) ? text.substring(0, 500) : text;
			}
		}
		return null;
	}

}
