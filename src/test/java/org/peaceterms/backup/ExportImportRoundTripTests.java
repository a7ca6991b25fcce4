package org.peaceterms.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.peaceterms.HostileInput;
import org.peaceterms.PeaceTermsApplication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The full export of an instance with edits (a new record, a retired one, a new user,
 * their history) imports into a second, empty instance, and every public page and API
 * answer of the second is the same as the first's; users come along without their
 * password hashes.
 */
@DirtiesContext
@SpringBootTest
@AutoConfigureMockMvc
class ExportImportRoundTripTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	private RequestMappingHandlerMapping mapping;

	@Test
	void anExportImportedIntoAnEmptyInstanceReproducesEveryPublicAnswer() throws Exception {
		edit();
		byte[] export = this.mvc
			.perform(MockMvcRequestBuilders.get("/admin/backup/export.json").with(user("admin").roles("ADMIN")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		String text = new String(export, StandardCharsets.UTF_8);
		assertThat(text).contains("\"revision\"").contains("\"statement_aud\"").contains("Exported edit");
		assertThat(text).doesNotContain("password_hash").doesNotContain("$2a$");

		try (ConfigurableApplicationContext second = new SpringApplicationBuilder(PeaceTermsApplication.class)
			.properties("spring.datasource.url=jdbc:h2:mem:import-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
					"spring.profiles.active=test", "server.port=0")
			.run()) {
			MockMvc other = MockMvcBuilders.webAppContextSetup((WebApplicationContext) second)
				.apply(springSecurity())
				.build();
			MockHttpServletResponse imported = other
				.perform(MockMvcRequestBuilders.multipart("/admin/backup/import")
					.file(new MockMultipartFile("file", "export.json", "application/json", export))
					.with(user("admin").roles("ADMIN"))
					.with(csrf()))
				.andReturn()
				.getResponse();
			assertThat(imported.getStatus()).isEqualTo(302);
			JdbcTemplate otherJdbc = second.getBean(JdbcTemplate.class);
			assertThat(otherJdbc.queryForObject("select count(*) from statement where text = 'Exported edit.'",
					Integer.class))
				.isEqualTo(1);
			assertThat(otherJdbc.queryForObject("select count(*) from app_user where username = 'exported-editor'",
					Integer.class))
				.isEqualTo(1);

			List<String> differences = new ArrayList<>();
			int compared = 0;
			for (Map.Entry<String, Set<String>> route : HostileInput.publicRoutes(this.mapping, this.jdbc).entrySet()) {
				String url = route.getKey();
				MockHttpServletResponse mine = this.mvc.perform(MockMvcRequestBuilders.get(url))
					.andReturn()
					.getResponse();
				MockHttpServletResponse theirs = other.perform(MockMvcRequestBuilders.get(url))
					.andReturn()
					.getResponse();
				compared++;
				String a = mine.getContentAsString(StandardCharsets.UTF_8);
				String b = theirs.getContentAsString(StandardCharsets.UTF_8);
				if (mine.getStatus() != theirs.getStatus() || !a.equals(b)) {
					int at = 0;
					while (at < Math.min(a.length(), b.length()) && a.charAt(at) == b.charAt(at)) {
						at++;
					}
					differences.add(url + " " + mine.getStatus() + "/" + theirs.getStatus() + " from: "
							+ a.substring(at, Math.min(a.length(), at + 120)) + " | "
							+ b.substring(at, Math.min(b.length(), at + 120)));
				}
			}
			assertThat(compared).isGreaterThan(30);
			assertThat(differences).isEmpty();
		}
	}

	private void edit() throws Exception {
		this.mvc
			.perform(MockMvcRequestBuilders.post("/admin/statements/new")
				.param("speaker", "Keir Starmer")
				.param("saidOn", "2025-12-20")
				.param("text", "Exported edit.")
				.param("attribution", "SAID")
				.param("sourceId", "1")
				.param("topicIds", "2")
				.param("action", "save")
				.with(user("anna").roles("EDITOR"))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(MockMvcRequestBuilders.post("/admin/sources/3/retire")
			.param("confirmed", "true")
			.with(user("anna").roles("EDITOR"))
			.with(csrf()));
		this.mvc.perform(MockMvcRequestBuilders.post("/admin/users")
			.param("username", "exported-editor")
			.param("password", "a-perfectly-fine-passphrase")
			.param("role", "EDITOR")
			.with(user("admin").roles("ADMIN"))
			.with(csrf()));
		assertThat(
				this.jdbc.queryForObject("select count(*) from statement where text = 'Exported edit.'", Integer.class))
			.isEqualTo(1);
		assertThat(this.jdbc.queryForObject("select retired from source where id = 3", Boolean.class)).isTrue();
	}

}
