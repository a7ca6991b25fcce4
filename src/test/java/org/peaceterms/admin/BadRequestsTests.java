package org.peaceterms.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import jakarta.servlet.http.Cookie;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Bad input gets a 4xx with a message, never a 500 or lost work: a tampered CSRF token on
 * the login form is a 403 with one log line; {@code GET /error} is a 404; a control
 * character in an admin field is refused at the field and in a list search with a 400;
 * and a form saved after the session ended is kept, restored after logging in again.
 */
@DirtiesContext
@SpringBootTest
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class BadRequestsTests {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void tamperedCsrfTokenOnLoginIs403WithoutAStackTrace(CapturedOutput output) {
		// Sessions live in the database (Spring Session): the browser carries only the
		// cookie.
		Cookie session = sessionCookie(this.mvc.get().uri("/login").exchange(), null);
		int before = output.getAll().length();
		assertThat(this.mvc.post()
			.uri("/login")
			.cookie(session)
			.param("username", "admin")
			.param("password", "test-admin-password")
			.param("_csrf", "tampered-token-value")).hasStatus(403);
		String logged = output.getAll().substring(before);
		assertThat(logged).contains("Refused POST /login: InvalidCsrfTokenException")
			.doesNotContain("\tat ")
			.doesNotContain("ERROR");
	}

	@Test
	void getErrorIs404() {
		assertThat(this.mvc.get().uri("/error")).hasStatus(404);
	}

	@Test
	void nulInAnAdminFieldIsRefusedAtTheField() {
		assertThat(this.mvc.post()
			.uri("/admin/actors/new")
			.param("name", "Null\u0000Actor")
			.param("kind", "ORGANISATION")
			.param("slug", "")
			.param("action", "save")
			.with(user("anna").roles("EDITOR"))
			.with(csrf())).hasStatusOk().bodyText().contains("Contains a control character");
	}

	@Test
	void nulInAListSearchIs400() {
		assertThat(this.mvc.get().uri("/admin/actors").param("q", "a\u0000b").with(user("anna").roles("EDITOR")))
			.hasStatus(400);
		assertThat(this.mvc.get().uri("/statements").param("q", "a\u0000b")).hasStatus(400);
	}

	@Test
	void aFormSavedAfterTheSessionEndedIsKeptAndRestoredAfterLogin() throws Exception {
		// The session has ended: the browser posts with no session and a stale token.
		MvcTestResult expired = this.mvc.post()
			.uri("/admin/statements/new")
			.param("speaker", "Keir Starmer")
			.param("saidOn", "2025-12-20")
			.param("text", "Words typed for twenty minutes.")
			.param("attribution", "SAID")
			.param("sourceId", "1")
			.param("topicIds", "2")
			.param("action", "save")
			.param("_csrf", "stale-token")
			.exchange();
		assertThat(expired).hasStatus(302).redirectedUrl().isEqualTo("/login?expired");
		Cookie session = sessionCookie(expired, null);
		assertThat(this.mvc.get().uri("/login?expired").cookie(session)).hasStatusOk()
			.bodyText()
			.contains("the form you were saving has been kept");
		MvcTestResult login = this.mvc.post()
			.uri("/login")
			.cookie(session)
			.param("username", "admin")
			.param("password", "test-admin-password")
			.with(csrf())
			.exchange();
		assertThat(login).hasStatus(302).redirectedUrl().isEqualTo("/admin/kept-form");
		Cookie loggedIn = sessionCookie(login, session);
		assertThat(this.mvc.get().uri("/admin/kept-form").cookie(loggedIn)).hasStatusOk()
			.bodyText()
			.contains("Continue to the form");
		// Shown once: after that the kept form is gone, and the address leads to the
		// start page.
		assertThat(this.mvc.get().uri("/admin/kept-form").cookie(loggedIn)).hasStatus(302)
			.redirectedUrl()
			.isEqualTo("/admin");
	}

	@Test
	void theKeptFormCarriesEverythingTypedAndOpensAsAPreview() throws Exception {
		MvcTestResult expired = this.mvc.post()
			.uri("/admin/statements/new")
			.param("text", "Words <typed> & kept")
			.param("action", "save")
			.exchange();
		Cookie session = sessionCookie(expired, null);
		MvcTestResult login = this.mvc.post()
			.uri("/login")
			.cookie(session)
			.param("username", "admin")
			.param("password", "test-admin-password")
			.with(csrf())
			.exchange();
		Cookie loggedIn = sessionCookie(login, session);
		String page = this.mvc.get()
			.uri("/admin/kept-form")
			.cookie(loggedIn)
			.exchange()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("value=\"Words &lt;typed&gt; &amp; kept\"")
			.contains("name=\"action\" value=\"preview\"")
			.contains("action=\"/admin/statements/new\"");
	}

	/**
	 * The session cookie an answer set (Spring Session keeps the session in the database
	 * and the browser holds only this cookie), or the one the request already carried.
	 */
	private static Cookie sessionCookie(MvcTestResult result, @Nullable Cookie carried) {
		Cookie cookie = result.getResponse().getCookie("SESSION");
		if (cookie != null) {
			return cookie;
		}
		assertThat(carried).as("a session cookie").isNotNull();
		return carried;
	}

}
