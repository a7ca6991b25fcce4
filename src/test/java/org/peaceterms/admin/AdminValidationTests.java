package org.peaceterms.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Every validation rule of design §2 on the forms: the message stands at the field,
 * nothing is saved, and everything the editor typed comes back.
 */
// Writes records: later test classes get a fresh database.
@DirtiesContext
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(username = "editor", roles = "EDITOR")
class AdminValidationTests {

	private static final String TOMORROW = LocalDate.now().plusDays(1).toString();

	@Autowired
	private MockMvcTester mvc;

	/** A valid statement form; {@code overrides} replace its fields (name, value, …). */
	private MockHttpServletRequestBuilder statement(String... overrides) {
		java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
		fields.put("speaker", "Keir Starmer");
		fields.put("saidOn", "2025-02-17");
		fields.put("text", "Typed text that must survive");
		fields.put("verbatim", "true");
		fields.put("sourceId", "4");
		fields.put("topicIds", "2");
		for (int i = 0; i < overrides.length; i += 2) {
			fields.put(overrides[i], overrides[i + 1]);
		}
		MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post("/admin/statements/new").with(csrf());
		fields.forEach((name, value) -> request.param(name, value));
		return request;
	}

	private MvcTestResult post(MockHttpServletRequestBuilder request) {
		return this.mvc.perform(request);
	}

	@Test
	void statementInTheFutureIsRejected() {
		assertThat(post(statement("saidOn", TOMORROW))).hasStatusOk()
			.bodyText()
			.contains("Cannot be in the future")
			.contains("Typed text that must survive")
			.contains(TOMORROW);
	}

	@Test
	void scheduledEventInTheFutureIsAccepted() {
		assertThat(post(MockMvcRequestBuilders.post("/admin/events/new")
			.with(csrf())
			.param("name", "Scheduled summit")
			.param("kind", "SUMMIT")
			.param("startsOn", TOMORROW)
			.param("sourceIds", "1"))).hasStatus3xxRedirection();
	}

	@Test
	void eventEndingBeforeItStartsIsRejected() {
		assertThat(post(MockMvcRequestBuilders.post("/admin/events/new")
			.with(csrf())
			.param("name", "Backwards summit")
			.param("kind", "SUMMIT")
			.param("startsOn", "2025-03-10")
			.param("endsOn", "2025-03-09")
			.param("sourceIds", "1"))).hasStatusOk()
			.bodyText()
			.contains("Cannot end before it starts")
			.contains("Backwards summit");
	}

	@Test
	void officeEndingBeforeItStartsIsRejected() {
		assertThat(post(MockMvcRequestBuilders.post("/admin/offices/new")
			.with(csrf())
			.param("personId", "53")
			.param("title", "Typed office title")
			.param("validFrom", "2025-05-06")
			.param("validTo", "2025-05-01"))).hasStatusOk()
			.bodyText()
			.contains("Cannot end before it starts")
			.contains("Typed office title");
	}

	@Test
	void rangeWithMinAboveMaxIsRejected() {
		assertThat(post(MockMvcRequestBuilders.post("/admin/commitments/new")
			.with(csrf())
			.param("actorId", "4")
			.param("topicId", "2")
			.param("kind", "TROOPS")
			.param("basis", "PLEDGE")
			.param("status", "PLEDGED")
			.param("description", "Typed pledge description")
			.param("amountMin", "20000")
			.param("amountMax", "10000")
			.param("madeOn", "2025-02-17")
			.param("sourceIds", "4"))).hasStatusOk()
			.bodyText()
			.contains("The maximum cannot be smaller than the minimum")
			.contains("Typed pledge description")
			.contains("20000");
	}

	@Test
	void commitmentWithoutSourceIsRejected() {
		assertThat(post(MockMvcRequestBuilders.post("/admin/commitments/new")
			.with(csrf())
			.param("actorId", "4")
			.param("topicId", "2")
			.param("kind", "TROOPS")
			.param("basis", "PLEDGE")
			.param("status", "PLEDGED")
			.param("description", "Pledge without a source")
			.param("madeOn", "2025-02-17"))).hasStatusOk()
			.bodyText()
			.contains("Pick at least one source")
			.contains("Pledge without a source");
	}

	@Test
	void positionWithoutEvidenceIsRejected() {
		assertThat(post(MockMvcRequestBuilders.post("/admin/positions/new")
			.with(csrf())
			.param("actorId", "6")
			.param("topicId", "2")
			.param("stance", "WILLING")
			.param("validFrom", "2025-02-17")
			.param("sourceId", "4")
			.param("summary", "Typed position summary"))).hasStatusOk()
			.bodyText()
			.contains("A position needs at least one statement as evidence")
			.contains("Typed position summary");
	}

	@Test
	void positionOnUnknownStatementIsRejected() {
		assertThat(post(MockMvcRequestBuilders.post("/admin/positions/new")
			.with(csrf())
			.param("actorId", "6")
			.param("topicId", "2")
			.param("stance", "WILLING")
			.param("validFrom", "2025-02-17")
			.param("sourceId", "4")
			.param("summary", "Typed position summary")
			.param("evidenceIds", "987654"))).hasStatusOk().bodyText().contains("No statement with number 987654");
	}

	@Test
	void stanceOffTheTopicsLadderIsRejected() {
		assertThat(post(statement("stance", "SUPPORTS", "positionTopicId", "2"))).hasStatusOk()
			.bodyText()
			.contains("not a level of the chosen topic")
			.contains("Typed text that must survive");
	}

	@Test
	void positionWithoutTopicIsRejected() {
		assertThat(post(statement("stance", "WILLING"))).hasStatusOk()
			.bodyText()
			.contains("A position needs its topic");
	}

	@Test
	void malformedOrDangerousUrlIsRejected() {
		for (String url : new String[] { "javascript:alert(1)", "not a url", "ftp://example.org/x", "https://" }) {
			assertThat(post(statement("sourceId", "", "sourceTitle", "Typed source title", "sourcePublishedOn",
					"2025-02-17", "sourceUrl", url)))
				.as(url)
				.hasStatusOk()
				.bodyText()
				.contains("Not a web address")
				.contains("Typed source title");
		}
	}

	@Test
	void missingSourceIsRejected() {
		assertThat(post(statement("sourceId", ""))).hasStatusOk()
			.bodyText()
			.contains("Pick a source, or give the new source a title")
			.contains("The new source needs its publication date");
	}

	@Test
	void tooLongTextIsRejected() {
		assertThat(post(statement("text", "x".repeat(4001)))).hasStatusOk()
			.bodyText()
			.contains("size must be between 0 and 4000");
	}

	@Test
	void unknownSpeakerAndMissingTopicsAreRejected() {
		assertThat(post(statement("speaker", "Nobody Known", "topicIds", ""))).hasStatusOk()
			.bodyText()
			.contains("No person of that name")
			.contains("Pick at least one topic")
			.contains("Nobody Known");
	}

	@Test
	void malformedDateIsRejectedWithTheTypedValueKept() {
		assertThat(post(statement("saidOn", "17/02/2025"))).hasStatusOk()
			.bodyText()
			.contains("Not a date")
			.contains("17/02/2025");
	}

	@Test
	void tamperedIdsGetAFriendly4xx() {
		assertThat(post(statement("sourceId", "999999"))).hasStatus(404);
		assertThat(post(MockMvcRequestBuilders.post("/admin/events/new")
			.with(csrf())
			.param("name", "Tampered")
			.param("kind", "SUMMIT")
			.param("startsOn", "2025-03-10")
			.param("sourceIds", "999999"))).hasStatus(400);
		assertThat(this.mvc.get().uri("/admin/sources/999999").with(user("editor").roles("EDITOR"))).hasStatus(404);
	}

}
