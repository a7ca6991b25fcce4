package org.peaceterms;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * {@link HostileInputTests} on PostgreSQL, which refuses U+0000 in text and so turned
 * every such input into a 500 before, with the strings PostgreSQL could treat differently
 * from H2 ({@link HostileInput#forPostgres()}) (a fresh schema of
 * {@code PEACETERMS_TEST_POSTGRES_URL}; skipped without it, failed under
 * {@code CI=true}).
 */
@SpringBootTest
@AutoConfigureMockMvc
class HostileInputPostgresTests {

	private static final PostgresSchema SCHEMA = new PostgresSchema();

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	private RequestMappingHandlerMapping mapping;

	@BeforeAll
	static void requirePostgres() {
		PostgresSchema.require();
	}

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		SCHEMA.register(registry);
	}

	@AfterAll
	static void dropSchema() throws SQLException {
		SCHEMA.drop();
	}

	@Test
	void everyPublicParameterAnswersEveryHostileStringWithoutAnErrorOrAnEcho() throws Exception {
		HostileInput.Routes routes = HostileInput.routes(this.mapping, this.jdbc);
		HostileInput.Findings findings = HostileInput.publicParameters(this.mvc, routes, HostileInput.forPostgres());
		assertThat(findings.serverErrors()).as(findings.toString()).isEmpty();
		assertThat(findings.unescaped()).as(findings.toString()).isEmpty();
	}

	@Test
	void everyAdminTextFieldStoresOrRefusesEveryHostileString() throws Exception {
		HostileInput.Findings findings = HostileInput.adminFields(this.mvc, HostileInputTests.FEATURES,
				HostileInput.forPostgres());
		assertThat(findings.serverErrors()).as(findings.toString()).isEmpty();
		assertThat(findings.alteredValues()).as(findings.toString()).isEmpty();
		assertThat(findings.unescaped()).as(findings.toString()).isEmpty();
	}

}
