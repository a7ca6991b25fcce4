package org.peaceterms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * {@link HostileInput} on H2: the whole list against every public parameter and every
 * admin text field, with 0 server errors, 0 altered values and 0 unescaped echoes.
 */
@DirtiesContext
@SpringBootTest
@AutoConfigureMockMvc
class HostileInputTests {

	static final List<String> FEATURES = List.of("statements", "positions", "actors", "offices", "sources", "events",
			"topics", "proposals", "provisions", "endorsements", "commitments", "relations");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	private RequestMappingHandlerMapping mapping;

	@Test
	void everyPublicParameterAnswersEveryHostileStringWithoutAnErrorOrAnEcho() throws Exception {
		HostileInput.Routes routes = HostileInput.routes(this.mapping, this.jdbc);
		assertThat(routes.parameters()).containsKeys("/statements", "/api/v1/statements", "/compare", "/feed.atom");
		assertThat(routes.parameters().get("/statements")).contains("q", "speaker", "country", "topic", "from", "to",
				"confidence", "sort", "page", "asOf");
		assertThat(routes.parameters().get("/actors")).contains("kind", "q", "has");
		assertThat(routes.boundBy()).containsEntry("/api/v1/statements?speaker", "StatementFilter")
			.containsEntry("/commitments?actor", "CommitmentFilter");
		HostileInput.Findings findings = HostileInput.publicParameters(this.mvc, routes, HostileInput.strings());
		assertThat(findings.serverErrors()).as(findings.toString()).isEmpty();
		assertThat(findings.unescaped()).as(findings.toString()).isEmpty();
	}

	@Test
	void everyAdminTextFieldStoresOrRefusesEveryHostileString() throws Exception {
		HostileInput.Findings findings = HostileInput.adminFields(this.mvc, FEATURES, HostileInput.strings());
		assertThat(findings.serverErrors()).as(findings.toString()).isEmpty();
		assertThat(findings.alteredValues()).as(findings.toString()).isEmpty();
		assertThat(findings.unescaped()).as(findings.toString()).isEmpty();
	}

}
