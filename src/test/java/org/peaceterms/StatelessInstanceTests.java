package org.peaceterms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * What lets several instances share the work, on the default H2 database: a login session
 * is a row in {@code spring_session}, found again from nothing but its cookie; the probes
 * that load balancers and compose ask answer.
 */
@SpringBootTest
@AutoConfigureMockMvc
class StatelessInstanceTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void aLoginSessionIsStoredInTheDatabaseAndFoundFromItsCookie() throws Exception {
		MvcResult login = this.mvc
			.perform(post("/login").with(csrf()).param("username", "admin").param("password", "test-admin-password"))
			.andReturn();
		assertThat(login.getResponse().getStatus()).isEqualTo(302);
		assertThat(login.getResponse().getRedirectedUrl()).endsWith("/admin");
		Cookie session = login.getResponse().getCookie("SESSION");
		assertThat(session).as("the Spring Session cookie").isNotNull();
		// Its attributes (HttpOnly, SameSite) come from the embedded server's settings,
		// which
		// MockMvc does not apply: ClusterIT checks them on the packaged app.
		assertThat(this.jdbc.sql("select count(*) from spring_session where principal_name = 'admin'")
			.query(Integer.class)
			.single()).isGreaterThanOrEqualTo(1);

		// A request carrying only the cookie (no server-side state of MockMvc's) is
		// logged in.
		MvcResult admin = this.mvc.perform(get("/admin").cookie(session)).andReturn();
		assertThat(admin.getResponse().getStatus()).isEqualTo(200);
		assertThat(this.mvc.perform(get("/admin")).andReturn().getResponse().getStatus()).isEqualTo(302);
	}

	@Test
	void livenessAndReadinessAnswerUp() throws Exception {
		for (String probe : new String[] { "/actuator/health/liveness", "/actuator/health/readiness" }) {
			MvcResult result = this.mvc.perform(get(probe)).andReturn();
			assertThat(result.getResponse().getStatus()).as(probe).isEqualTo(200);
			assertThat(result.getResponse().getContentAsString()).as(probe).contains("\"status\":\"UP\"");
		}
	}

}
