package org.peaceterms.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * The settings that make an uncached page (the first request after a save) cheaper to
 * render reach the libraries they are meant for: H2 keeps more parsed statements per
 * connection than a page runs, Thymeleaf compiles its SpEL expressions and renders a page
 * into a buffer before writing it.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RenderingSettingsTests {

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private SpringTemplateEngine templates;

	@Autowired
	private ThymeleafViewResolver views;

	@Autowired
	private MockMvcTester mvc;

	@Test
	void everyConnectionKeepsMoreParsedStatementsThanAPageRuns() {
		Integer size = this.jdbc.queryForObject(
				"SELECT CAST(SETTING_VALUE AS INT) FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'QUERY_CACHE_SIZE'",
				Integer.class);
		assertThat(size).isEqualTo(128);
	}

	@Test
	void thymeleafCompilesExpressionsAndWritesAPageAtOnce() throws Exception {
		assertThat(this.templates.getEnableSpringELCompiler()).isTrue();
		assertThat(this.views.getProducePartialOutputWhileProcessing()).isFalse();
		// SpEL compiles an expression after it has been interpreted a hundred times; the
		// overview, rendered again and again, stays whole and the same.
		String first = this.mvc.get().uri("/").exchange().getResponse().getContentAsString();
		assertThat(first).endsWith("</html>\n");
		for (int i = 0; i < 5; i++) {
			assertThat(this.mvc.get().uri("/").exchange().getResponse().getContentAsString()).isEqualTo(first);
		}
	}

}
