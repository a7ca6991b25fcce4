package org.peaceterms.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.util.Assert;

/**
 * Someone who may log in to the admin: a user name, a BCrypt hash of the password, a
 * role, and the failed-login counter that locks the account for a while after too many
 * wrong passwords. Not audited by Envers, so that old password hashes are not kept;
 * changes to users are logged instead.
 */
@Entity
@Table(name = "app_user")
public class AppUser {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Column(nullable = false, unique = true, length = 100)
	private String username;

	@Column(name = "password_hash", nullable = false, length = 100)
	private String passwordHash;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private Role role;

	@Column(nullable = false)
	private boolean enabled = true;

	@Column(name = "failed_logins", nullable = false)
	private int failedLogins;

	@Column(name = "locked_until")
	private @Nullable Instant lockedUntil;

	@Version
	@Column(nullable = false)
	private long version;

	public AppUser(String username, String passwordHash, Role role) {
		Assert.hasText(username, "username is required");
		Assert.hasText(passwordHash, "password hash is required");
		this.username = username;
		this.passwordHash = passwordHash;
		this.role = role;
	}

	@SuppressWarnings("NullAway.Init")
	protected AppUser() {
	}

	public @Nullable Long getId() {
		return this.id;
	}

	public String getUsername() {
		return this.username;
	}

	public String getPasswordHash() {
		return this.passwordHash;
	}

	public Role getRole() {
		return this.role;
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	public int getFailedLogins() {
		return this.failedLogins;
	}

	public @Nullable Instant getLockedUntil() {
		return this.lockedUntil;
	}

	public long getVersion() {
		return this.version;
	}

	/** Whether a lock from failed logins still holds at {@code now}. */
	public boolean isLockedAt(Instant now) {
		return this.lockedUntil != null && this.lockedUntil.isAfter(now);
	}

	/** Sets a new password (already hashed) and lifts any lock. */
	public void changePassword(String passwordHash) {
		Assert.hasText(passwordHash, "password hash is required");
		this.passwordHash = passwordHash;
		loggedIn();
	}

	public void changeRole(Role role) {
		this.role = role;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	/**
	 * Counts a wrong password; the {@code maxFailures}-th in a row locks the account
	 * until {@code now + lockFor}.
	 * @return whether this failure locked the account
	 */
	public boolean failedLogin(Instant now, int maxFailures, java.time.Duration lockFor) {
		this.failedLogins++;
		if (this.failedLogins >= maxFailures) {
			this.lockedUntil = now.plus(lockFor);
			this.failedLogins = 0;
			return true;
		}
		return false;
	}

	/** A successful login clears the counter and any lock. */
	public void loggedIn() {
		this.failedLogins = 0;
		this.lockedUntil = null;
	}

}
