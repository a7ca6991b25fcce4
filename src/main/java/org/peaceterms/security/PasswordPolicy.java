package org.peaceterms.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * What a password must be to be accepted for an account: 12 to 200 characters, not blank,
 * at least four different characters (so not {@code aaaaaaaaaaaa}), not containing the
 * user name, and neither one of the 10,000 most common passwords nor one of them with
 * digits or symbols added at either end ({@code password1234}). The list ships in
 * {@code security/common-passwords.txt} (from zxcvbn, MIT).
 */
@Component
public class PasswordPolicy {

	static final int MIN_LENGTH = 12;

	static final int MAX_LENGTH = 200;

	private static final int MIN_DISTINCT = 4;

	private final Set<String> common;

	public PasswordPolicy() {
		this.common = load("security/common-passwords.txt");
	}

	/**
	 * The message key saying why {@code password} is refused for {@code username}, or
	 * {@code null} when it is acceptable.
	 */
	public @Nullable String problem(@Nullable String username, @Nullable String password) {
		if (password == null || password.length() < MIN_LENGTH || password.length() > MAX_LENGTH) {
			return "admin.error.password";
		}
		if (password.isBlank() || password.codePoints().distinct().count() < MIN_DISTINCT) {
			return "admin.error.passwordSimple";
		}
		String lower = password.toLowerCase(Locale.ROOT);
		if (username != null && !username.isBlank() && lower.contains(username.strip().toLowerCase(Locale.ROOT))) {
			return "admin.error.passwordUsername";
		}
		String core = lower.replaceAll("^[^\\p{L}]+", "").replaceAll("[^\\p{L}]+$", "");
		if (this.common.contains(lower) || this.common.contains(lower.strip())
				|| (!core.isEmpty() && this.common.contains(core))) {
			return "admin.error.passwordCommon";
		}
		return null;
	}

	private static Set<String> load(String resource) {
		Set<String> words = new HashSet<>();
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				if (!line.isEmpty() && !line.startsWith("#")) {
					words.add(line.strip().toLowerCase(Locale.ROOT));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + resource, ex);
		}
		return words;
	}

}
