package org.peaceterms.security;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The application's own settings, under the prefix {@code peaceterms}. No password has a
 * default: the first administrator's comes from {@code PEACETERMS_ADMIN_PASSWORD} or is
 * generated once at first start (see {@link FirstAdministrator}).
 *
 * @param admin the administrator created when the database has no user
 * @param login how failed logins are answered
 */
@ConfigurationProperties("peaceterms")
public record AppProperties(@DefaultValue Admin admin, @DefaultValue Login login) {

	/**
	 * The first administrator.
	 *
	 * @param username the user name
	 * @param password the password, or {@code null} to generate one and log it once
	 */
	public record Admin(@DefaultValue("admin") String username, @Nullable String password) {

	}

	/**
	 * Lockout after repeated failed logins.
	 *
	 * @param maxFailures failed attempts in a row that lock the account
	 * @param lockFor how long the account stays locked
	 */
	public record Login(@DefaultValue("5") int maxFailures, @DefaultValue("15m") Duration lockFor) {

	}

}
