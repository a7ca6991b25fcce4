package org.peaceterms.security;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On a start with no user at all, creates the administrator: with the password from
 * {@code peaceterms.admin.password} ({@code PEACETERMS_ADMIN_PASSWORD}) when set, or else
 * with a generated one that is printed once in the log and never stored in clear.
 */
@Component
class FirstAdministrator implements ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(FirstAdministrator.class);

	private final AppUserRepository users;

	private final PasswordEncoder encoder;

	private final AppProperties properties;

	FirstAdministrator(AppUserRepository users, PasswordEncoder encoder, AppProperties properties) {
		this.users = users;
		this.encoder = encoder;
		this.properties = properties;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.users.count() > 0) {
			return;
		}
		AppProperties.Admin admin = this.properties.admin();
		String password = admin.password();
		boolean generated = password == null || password.isBlank();
		if (generated) {
			byte[] random = new byte[18];
			new SecureRandom().nextBytes(random);
			password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
		}
		this.users
			.save(new AppUser(admin.username(), Objects.requireNonNull(this.encoder.encode(password)), Role.ADMIN));
		if (generated) {
			logger.warn("Created administrator '{}' with the one-time password {} (set PEACETERMS_ADMIN_PASSWORD "
					+ "to choose it; change it under /admin/users)", admin.username(), password);
		}
		else {
			logger.info("Created administrator '{}' with the configured password", admin.username());
		}
	}

}
