package org.peaceterms.security;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed logins per user and locks an account for a while after
 * {@link AppProperties.Login#maxFailures()} wrong passwords in a row; every failure is
 * logged (user name only, never the password).
 */
@Component
class LoginAttempts {

	private static final Logger logger = LoggerFactory.getLogger(LoginAttempts.class);

	private final AppUserRepository users;

	private final AppProperties properties;

	private final Clock clock;

	LoginAttempts(AppUserRepository users, AppProperties properties, Clock clock) {
		this.users = users;
		this.properties = properties;
		this.clock = clock;
	}

	@EventListener
	@Transactional
	void failed(AbstractAuthenticationFailureEvent event) {
		String name = event.getAuthentication().getName();
		logger.warn("Failed login for user '{}': {}", sanitize(name), event.getException().getClass().getSimpleName());
		if (!(event instanceof AuthenticationFailureBadCredentialsEvent)) {
			return;
		}
		this.users.findByUsernameIgnoreCase(name).ifPresent((user) -> {
			AppProperties.Login login = this.properties.login();
			if (user.failedLogin(this.clock.instant(), login.maxFailures(), login.lockFor())) {
				logger.warn("User '{}' locked for {} after {} failed logins", user.getUsername(), login.lockFor(),
						login.maxFailures());
			}
		});
	}

	@EventListener
	@Transactional
	void succeeded(AuthenticationSuccessEvent event) {
		this.users.findByUsernameIgnoreCase(event.getAuthentication().getName()).ifPresent(AppUser::loggedIn);
	}

	/** Keeps a hostile user name from forging log lines. */
	private static String sanitize(String name) {
		String oneLine = name.replaceAll("\\p{Cntrl}", "?");
		return (oneLine.length() > 100) ? oneLine.substring(0, 100) + "…" : oneLine;
	}

}
