package org.peaceterms.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.peaceterms.security.Role;

/**
 * The new-user form of user management.
 *
 * @param username the login name
 * @param password the first password
 * @param role editor or administrator
 */
record UserForm(
		@NotBlank(message = "{admin.error.required}") @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9._@-]*",
				message = "{admin.error.username}") String username,
		@NotNull(message = "{admin.error.required}") @Size(min = 12, max = 200,
				message = "{admin.error.password}") String password,
		@NotNull(message = "{admin.error.required}") @Nullable Role role) {

	UserForm {
		username = (username != null) ? username.strip() : "";
		password = (password != null) ? password : "";
	}

}
