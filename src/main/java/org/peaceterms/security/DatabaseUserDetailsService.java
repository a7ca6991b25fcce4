package org.peaceterms.security;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the users who may log in from the {@code app_user} table, with their role and
 * whether the account is enabled. No account is ever locked by failed logins: those slow
 * down the client instead ({@link LoginThrottle}).
 */
@Service
class DatabaseUserDetailsService implements UserDetailsService {

	private final AppUserRepository users;

	DatabaseUserDetailsService(AppUserRepository users) {
		this.users = users;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		AppUser user = this.users.findByUsernameIgnoreCase(username)
			.orElseThrow(() -> new UsernameNotFoundException("no such user"));
		return User.withUsername(user.getUsername())
			.password(user.getPasswordHash())
			.roles(user.getRole().name())
			.disabled(!user.isEnabled())
			.build();
	}

}
