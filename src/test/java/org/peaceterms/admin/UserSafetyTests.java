package org.peaceterms.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.junit.jupiter.api.Test;
import org.peaceterms.security.AppUser;
import org.peaceterms.security.AppUserRepository;
import org.peaceterms.security.PasswordPolicy;
import org.peaceterms.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * No one locks the admin out: an administrator cannot disable their own account or the
 * last enabled administrator, disabling anyone asks for confirmation first, and weak
 * passwords are refused with a message at the field.
 */
@DirtiesContext
@SpringBootTest
@AutoConfigureMockMvc
class UserSafetyTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private AppUserRepository users;

	@Autowired
	private PasswordEncoder encoder;

	@Test
	void theOnlyAdministratorCannotDisableItself() {
		AppUser admin = this.users.findByUsernameIgnoreCase("admin").orElseThrow();
		assertThat(this.mvc.post()
			.uri("/admin/users/" + admin.getId() + "/enabled")
			.param("enabled", "false")
			.param("confirmed", "true")
			.with(user("admin").roles("ADMIN"))
			.with(csrf())).hasStatus3xxRedirection().flash().containsKey("flash");
		assertThat(this.users.findByUsernameIgnoreCase("admin").orElseThrow().isEnabled()).isTrue();
	}

	@Test
	void anotherAdministratorCannotDisableTheLastEnabledOne() {
		AppUser admin = this.users.findByUsernameIgnoreCase("admin").orElseThrow();
		// An editor account with an administrator's session (e.g. demoted meanwhile)
		// tries it.
		assertThat(this.mvc.post()
			.uri("/admin/users/" + admin.getId() + "/enabled")
			.param("enabled", "false")
			.param("confirmed", "true")
			.with(user("someone-else").roles("ADMIN"))
			.with(csrf())).hasStatus3xxRedirection();
		assertThat(this.users.findByUsernameIgnoreCase("admin").orElseThrow().isEnabled()).isTrue();
	}

	@Test
	void disablingAsksForConfirmationAndThenDisables() {
		AppUser editor = this.users
			.save(new AppUser("to-disable", this.encoder.encode("a-fine-long-password"), Role.EDITOR));
		String url = "/admin/users/" + editor.getId() + "/enabled";
		assertThat(this.mvc.post().uri(url).param("enabled", "false").with(user("admin").roles("ADMIN")).with(csrf()))
			.hasStatusOk()
			.bodyText()
			.contains("Disable to-disable?")
			.contains("Yes, disable to-disable");
		assertThat(this.users.findByUsernameIgnoreCase("to-disable").orElseThrow().isEnabled()).isTrue();
		assertThat(this.mvc.post()
			.uri(url)
			.param("enabled", "false")
			.param("confirmed", "true")
			.with(user("admin").roles("ADMIN"))
			.with(csrf())).hasStatus3xxRedirection();
		assertThat(this.users.findByUsernameIgnoreCase("to-disable").orElseThrow().isEnabled()).isFalse();
	}

	@Test
	void weakPasswordsAreRefusedAtTheField() {
		String[][] weak = { { "            ", "At least four different characters" },
				{ "newbie-newbie-1", "Must not contain the user name" },
				{ "aaaaaaaaaaaa", "At least four different characters" }, { "password1234", "Too common" },
				{ "qwertyuiop123!", "Too common" }, { "short", "At least 12 characters" } };
		for (String[] row : weak) {
			assertThat(this.mvc.post()
				.uri("/admin/users")
				.param("username", "newbie")
				.param("password", row[0])
				.param("role", "EDITOR")
				.with(user("admin").roles("ADMIN"))
				.with(csrf())).as(row[0]).hasStatusOk().bodyText().containsIgnoringCase(row[1]);
		}
		assertThat(this.users.findByUsernameIgnoreCase("newbie")).isEmpty();
	}

	@Test
	void aWeakNewPasswordIsRefused() {
		AppUser admin = this.users.findByUsernameIgnoreCase("admin").orElseThrow();
		String before = admin.getPasswordHash();
		assertThat(this.mvc.post()
			.uri("/admin/users/" + admin.getId() + "/password")
			.param("password", "password1234")
			.with(user("admin").roles("ADMIN"))
			.with(csrf())).hasStatus3xxRedirection();
		assertThat(this.users.findByUsernameIgnoreCase("admin").orElseThrow().getPasswordHash()).isEqualTo(before);
	}

	@Test
	void policyAcceptsAGoodPassphrase() {
		assertThat(new PasswordPolicy().problem("anna", "correct horse battery staple")).isNull();
		assertThat(new PasswordPolicy().problem("anna", "Sunshine2024!!")).isEqualTo("admin.error.passwordCommon");
	}

}
