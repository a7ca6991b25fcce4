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
 * @param login how failed logins slow down the client
 * @param publicBaseUrl the site's public address, for feeds and absolute links
 */
@ConfigurationProperties("peaceterms")
public record AppProperties(@DefaultValue Admin admin, @DefaultValue Login login,
		@DefaultValue("http://localhost:8080") String publicBaseUrl) {

	/**
	 * The first administrator.
	 *
	 * @param username the user name
	 * @param password the password, or {@code null} to generate one and log it once
	 */
	public record Admin(@DefaultValue("admin") String username, @Nullable String password) {

	}

	/**
	 * How failed logins slow down the client that makes them (see {@link LoginThrottle}).
	 *
	 * @param freeFailures failures for one account from one address before that client is
	 * blocked from trying it
	 * @param freeFailuresPerAddress failures from one address, for any accounts, before
	 * the address is blocked from logging in (higher: several people may share an
	 * address)
	 * @param firstBlock the first block; each further failure doubles it
	 * @param maxBlock the longest block
	 * @param forgetAfter failures older than this no longer count
	 */
	public record Login(@DefaultValue("5") int freeFailures, @DefaultValue("20") int freeFailuresPerAddress,
			@DefaultValue("30s") Duration firstBlock, @DefaultValue("15m") Duration maxBlock,
			@DefaultValue("24h") Duration forgetAfter) {

	}

}
