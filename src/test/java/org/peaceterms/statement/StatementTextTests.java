package org.peaceterms.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.peaceterms.shared.ControlCharacters;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.util.StringUtils;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.ObjectMapper;

/**
 * Every string of the Big List of Naughty Strings ({@code blns.json}, MIT licence, see
 * {@code blns.LICENSE}) saved as a statement's text through the admin form, stored
 * verbatim, and shown back escaped on the edit form and in the list.
 */
// Writes records: later test classes get a fresh database.
@DirtiesContext
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(username = "editor-naughty", roles = "EDITOR")
class StatementTextTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private StatementRepository statements;

	@Test
	void everyNaughtyStringIsStoredVerbatimAndShownEscaped() throws Exception {
		List<String> naughty;
		try (InputStream in = getClass().getResourceAsStream("/blns.json")) {
			naughty = List.of(new ObjectMapper().readValue(in, String[].class));
		}
		assertThat(naughty).hasSizeGreaterThan(500);
		List<String> failures = new ArrayList<>();
		int saved = 0;
		for (String text : naughty) {
			var result = this.mvc.post()
				.uri("/admin/statements/new")
				.with(csrf())
				.param("speaker", "Donald Tusk")
				.param("saidOn", "2025-02-17")
				.param("text", text)
				.param("attribution", "SAID")
				.param("sourceId", "4")
				.param("topicIds", "2")
				.exchange();
			if (!StringUtils.hasText(text)) {
				if (result.getResponse().getStatus() != 200) {
					failures.add("blank accepted: " + text);
				}
				continue;
			}
			String location = result.getResponse().getRedirectedUrl();
			if (ControlCharacters.in(text)) {
				// Refused at the field (PostgreSQL cannot store U+0000; feeds cannot
				// carry
				// C0 controls), with what the editor typed still in the form.
				String page = result.getResponse().getContentAsString();
				if (location != null || result.getResponse().getStatus() != 200
						|| !page.contains("Contains a control character")
						|| !HtmlUtils.htmlUnescape(textareaContent(page)).equals(text)) {
					failures.add("control character not refused at the field: " + text);
				}
				continue;
			}
			if (location == null) {
				failures.add("not saved (" + result.getResponse().getStatus() + "): " + text);
				continue;
			}
			saved++;
			long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
			if (!this.statements.findById(id).orElseThrow().getText().equals(text)) {
				failures.add("stored differently: " + text);
			}
			String page = this.mvc.get().uri(location).exchange().getResponse().getContentAsString();
			String shown = textareaContent(page);
			if (shown.contains("<") || !HtmlUtils.htmlUnescape(shown).equals(text)) {
				failures.add("shown differently: " + text);
			}
		}
		assertThat(failures).isEmpty();
		assertThat(saved).isGreaterThan(500);
		assertThat(this.mvc.get().uri("/admin/statements?q=script")).hasStatusOk()
			.bodyText()
			.doesNotContain("<script>alert")
			.contains("&lt;script&gt;");
	}

	private static String textareaContent(String page) {
		java.util.regex.Matcher open = java.util.regex.Pattern.compile("<textarea[^>]*name=\"text\"[^>]*>")
			.matcher(page);
		assertThat(open.find()).isTrue();
		int start = open.end();
		String content = page.substring(start, page.indexOf("</textarea>", start));
		// HTML drops one newline right after <textarea>; Thymeleaf writes one for that
		// reason.
		return content.startsWith("\n") ? content.substring(1) : content;
	}

}
