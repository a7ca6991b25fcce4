package org.peaceterms.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Failed logins slow down the client that makes them, never the account: an attacker's
 * address gets 429 after five wrong passwords for {@code admin} (in any letter case),
 * even with the right one, while the administrator logs in from another address at once
 * and a session already logged in goes on working. The counters are rows in the database.
 */
@DirtiesContext
@SpringBootTest
@AutoConfigureMockMvc
class LoginThrottleTests {

	private static final String ATTACKER = "203.0.113.66";

	private static final String ADMIN_DESK = "198.51.100.7";

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@BeforeEach
	void forgetFailures() {
		this.jdbc.update("delete from login_throttle");
	}

	@Test
	void fiveWrongPasswordsBlockTheClientNotTheAccount() throws Exception {
		for (int i = 0; i < 5; i++) {
			String name = (i % 2 == 0) ? "admin" : "ADMIN";
			assertThat(login(name, "wrong-" + i, ATTACKER)).hasStatus(302).redirectedUrl().endsWith("/login?error");
		}
		// The attacker is blocked now, even with the right password...
		MvcTestResult blocked = login("admin", "test-admin-password", ATTACKER);
		assertThat(blocked).hasStatus(429);
		assertThat(blocked.getResponse().getHeader("Retry-After")).matches("\\d+");
		assertThat(this.jdbc.queryForObject(
				"select blocked_until from login_throttle where throttle_key = 'user:admin|addr:" + ATTACKER + "'",
				Long.class))
			.isGreaterThan(System.currentTimeMillis());
		// ... but the administrator, from another address, is not.
		assertThat(login("admin", "test-admin-password", ADMIN_DESK)).hasStatus(302).redirectedUrl().endsWith("/admin");
	}

	@Test
	void manyAttackersFromOtherAddressesNeverKeepTheAdministratorOut() throws Exception {
		for (int address = 1; address <= 30; address++) {
			for (int i = 0; i < 6; i++) {
				login("admin", "guess-" + i, "192.0.2." + address);
			}
		}
		assertThat(login("admin", "test-admin-password", ADMIN_DESK)).hasStatus(302).redirectedUrl().endsWith("/admin");
	}

	@Test
	void anAddressTryingManyAccountsIsBlockedForAll() throws Exception {
		for (int i = 0; i < 20; i++) {
			login("user" + i, "wrong", ATTACKER);
		}
		assertThat(login("admin", "test-admin-password", ATTACKER)).hasStatus(429);
	}

	@Test
	void aLoggedInSessionIsNotAffectedByFailuresFromItsAddress() throws Exception {
		MvcTestResult loggedIn = login("admin", "test-admin-password", ATTACKER);
		assertThat(loggedIn).hasStatus(302).redirectedUrl().endsWith("/admin");
		// Spring Session keeps the session in the database; the client holds only its
		// cookie.
		Cookie session = loggedIn.getResponse().getCookie("SESSION");
		assertThat(session).isNotNull();
		for (int i = 0; i < 25; i++) {
			login("admin", "wrong-" + i, ATTACKER);
		}
		assertThat(login("admin", "test-admin-password", ATTACKER)).hasStatus(429);
		assertThat(this.mvc.get().uri("/admin/statements").cookie(session).with(from(ATTACKER))).hasStatusOk();
	}

	private MvcTestResult login(String username, String password, String address) {
		return this.mvc.post()
			.uri("/login")
			.param("username", username)
			.param("password", password)
			.with(csrf())
			.with(from(address))
			.exchange();
	}

	private static RequestPostProcessor from(String address) {
		return (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

}
