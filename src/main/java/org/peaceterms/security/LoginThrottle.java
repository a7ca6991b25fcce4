package org.peaceterms.security;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down a client that keeps failing to log in, never the account it tries: failures
 * are counted per client address and per account tried from that address, and past a free
 * number of them the client (that address, or that address for that account) is blocked
 * for a time that doubles with each further failure, up to a maximum. An administrator
 * logging in from another address is never affected, however many anonymous requests fail
 * elsewhere; a logged-in session is never affected at all (only the login form is
 * checked, by {@link LoginThrottleFilter}). Every failure is logged, with the address and
 * the user name (never the password). The counters live in the {@code login_throttle}
 * table, so that several instances share them.
 */
@Component
public class LoginThrottle {

	private static final Logger logger = LoggerFactory.getLogger(LoginThrottle.class);

	private static final int MAX_KEY_PART = 150;

	private final JdbcTemplate jdbc;

	private final AppProperties.Login settings;

	private final Clock clock;

	LoginThrottle(JdbcTemplate jdbc, AppProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.settings = properties.login();
		this.clock = clock;
	}

	/**
	 * How long this client must still wait before it may try to log in as
	 * {@code username}, or {@code null} when it may try now.
	 */
	@Transactional(readOnly = true)
	public @Nullable Duration blockedFor(String address, @Nullable String username) {
		List<Long> until = this.jdbc.queryForList(
				"select blocked_until from login_throttle where throttle_key in (?, ?)", Long.class,
				addressKey(address), accountKey(address, username));
		long now = this.clock.millis();
		long latest = until.stream().mapToLong(Long::longValue).max().orElse(0);
		return (latest > now) ? Duration.ofMillis(latest - now) : null;
	}

	@EventListener
	@Transactional
	void failed(AbstractAuthenticationFailureEvent event) {
		String name = event.getAuthentication().getName();
		String address = (event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details
				&& details.getRemoteAddress() != null) ? details.getRemoteAddress() : "unknown";
		logger.warn("Failed login for user '{}' from {}: {}", sanitize(name), sanitize(address),
				event.getException().getClass().getSimpleName());
		long now = this.clock.millis();
		this.jdbc.update("delete from login_throttle where last_failure < ? and blocked_until < ?",
				now - this.settings.forgetAfter().toMillis(), now);
		count(addressKey(address), this.settings.freeFailuresPerAddress(), now);
		count(accountKey(address, name), this.settings.freeFailures(), now);
	}

	@EventListener
	@Transactional
	void succeeded(AuthenticationSuccessEvent event) {
		if (event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details
				&& details.getRemoteAddress() != null) {
			this.jdbc.update("delete from login_throttle where throttle_key = ?",
					accountKey(details.getRemoteAddress(), event.getAuthentication().getName()));
		}
	}

	private void count(String key, int free, long now) {
		long forgetBefore = now - this.settings.forgetAfter().toMillis();
		int updated = this.jdbc.update("""
				update login_throttle set failures = case when last_failure < ? then 1 else failures + 1 end,
				last_failure = ? where throttle_key = ?""", forgetBefore, now, key);
		if (updated == 0) {
			try {
				this.jdbc.update(
						"insert into login_throttle (throttle_key, failures, last_failure, blocked_until) values (?, 1, ?, 0)",
						key, now);
			}
			catch (DuplicateKeyException ex) {
				// Another instance counted the first failure at the same moment.
				this.jdbc.update(
						"update login_throttle set failures = failures + 1, last_failure = ? where throttle_key = ?",
						now, key);
			}
		}
		Integer failures = this.jdbc.queryForObject("select failures from login_throttle where throttle_key = ?",
				Integer.class, key);
		if (failures != null && failures >= free) {
			Duration block = backoff(failures - free);
			this.jdbc.update("update login_throttle set blocked_until = ? where throttle_key = ?",
					now + block.toMillis(), key);
			logger.warn("Login from '{}' blocked for {} after {} failed attempts", sanitize(key), block, failures);
		}
	}

	/** The first block, doubled for every failure past it, capped at the maximum. */
	private Duration backoff(int extra) {
		Duration block = this.settings.firstBlock();
		for (int i = 0; i < extra && block.compareTo(this.settings.maxBlock()) < 0; i++) {
			block = block.multipliedBy(2);
		}
		return (block.compareTo(this.settings.maxBlock()) > 0) ? this.settings.maxBlock() : block;
	}

	static String addressKey(String address) {
		return "addr:" + clip(address);
	}

	static String accountKey(String address, @Nullable String username) {
		String user = (username != null) ? username.strip().toLowerCase(Locale.ROOT) : "";
		return "user:" + clip(user) + "|addr:" + clip(address);
	}

	private static String clip(String value) {
		return (value.length() > MAX_KEY_PART) ? value.substring(0, MAX_KEY_PART) : value;
	}

	/** Keeps a hostile user name from forging log lines. */
	private static String sanitize(String name) {
		String oneLine = name.replaceAll("\\p{Cntrl}", "?");
		return (oneLine.length() > 100) ? oneLine.substring(0, 100) + "…" : oneLine;
	}

}
