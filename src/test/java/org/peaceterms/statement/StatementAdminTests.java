package org.peaceterms.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.peaceterms.source.SourceRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The new-statement flow through the whole stack: preview, save with a new source and a
 * position, "save and add another", and the public home page showing it at once.
 */
// Writes records: later test classes get a fresh database.
@DirtiesContext
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(username = "editor-anna", roles = "EDITOR")
class StatementAdminTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private StatementRepository statements;

	@Autowired
	private PositionRepository positions;

	@Autowired
	private SourceRepository sources;

	@Autowired
	private TransactionTemplate transactions;

	@Test
	void newStatementFormOffersPersonsTopicsAndSources() throws Exception {
		assertThat(this.mvc.get().uri("/admin/statements/new")).hasStatusOk()
			.bodyText()
			.contains("Friedrich Merz")
			.contains("Multinational force")
			.contains("Save and add another")
			.contains("Preview");
	}

	@Test
	void previewRendersTheStatementAndSavesNothing() {
		long before = this.statements.count();
		assertThat(this.mvc.post()
			.uri("/admin/statements/new")
			.with(csrf())
			.param("speaker", "Keir Starmer")
			.param("saidOn", "2025-12-20")
			.param("text", "We will lead the force.")
			.param("attribution", "SAID")
			.param("sourceId", "1")
			.param("topicIds", "2")
			.param("action", "preview")).hasStatusOk()
			.bodyText()
			.contains("Not saved yet")
			.contains("“We will lead the force.”")
			.contains("United Kingdom");
		assertThat(this.statements.count()).isEqualTo(before);
	}

	@Test
	void savingWithANewSourceAndAPositionStoresAllThreeAndShowsOnTheHomePage() {
		String today = LocalDate.now().toString();
		assertThat(this.mvc.post()
			.uri("/admin/statements/new")
			.with(csrf())
			.param("speaker", "emmanuel macron")
			.param("saidOn", today)
			.param("text", "France stands ready to lead the reassurance force.")
			.param("attribution", "SAID")
			.param("sourceOutlet", "Le Monde")
			.param("sourceTitle", "Macron on the reassurance force")
			.param("sourceUrl", "https://www.lemonde.fr/example")
			.param("sourcePublishedOn", today)
			.param("sourceKind", "NEWS")
			.param("topicIds", "2")
			.param("stance", "LEADING")
			.param("positionTopicId", "2")
			.param("conditions", "US_BACKSTOP", "CEASEFIRE_FIRST")
			.param("positionSummary", "Ready to lead the force")
			.param("action", "save")).hasStatus3xxRedirection();
		this.transactions.executeWithoutResult((status) -> {
			Statement saved = this.statements.findAll()
				.stream()
				.filter((statement) -> statement.getText().startsWith("France stands ready"))
				.findFirst()
				.orElseThrow();
			assertThat(saved.getOnBehalfOf().getName()).isEqualTo("France");
			assertThat(saved.getSource().getOutlet()).isEqualTo("Le Monde");
			Position position = this.positions.findAll()
				.stream()
				.filter((p) -> p.getEvidence().contains(saved))
				.findFirst()
				.orElseThrow();
			assertThat(position.getActor().getName()).isEqualTo("France");
			assertThat(position.getConditions()).hasSize(2);
		});
		assertThat(this.mvc.get().uri("/")).hasStatusOk().bodyText().contains("Ready to lead the force");
	}

	@Test
	void saveAndAddAnotherKeepsSpeakerAndSource() {
		var result = this.mvc.post()
			.uri("/admin/statements/new")
			.with(csrf())
			.param("speaker", "Donald Tusk")
			.param("saidOn", "2025-02-17")
			.param("text", "Poland does not foresee sending soldiers.")
			.param("attribution", "PARAPHRASED")
			.param("sourceId", "4")
			.param("topicIds", "2")
			.param("action", "another")
			.exchange();
		assertThat(result).hasStatus3xxRedirection().hasRedirectedUrl("/admin/statements/new");
		Object form = result.getMvcResult().getFlashMap().get("form");
		assertThat(form).isInstanceOf(StatementForm.class);
		assertThat(((StatementForm) form).speaker()).isEqualTo("Donald Tusk");
		assertThat(((StatementForm) form).sourceId()).isEqualTo(4L);
		assertThat(((StatementForm) form).text()).isEmpty();
		assertThat(this.sources.findById(4L)).isPresent();
	}

	@Test
	void speakerIsFoundByAnyPartOfTheNameAndTheSavedPageLinksToThePublicPage() {
		assertThat(this.mvc.post()
			.uri("/admin/statements/new")
			.with(csrf())
			.param("speaker", "starmer")
			.param("saidOn", "2025-12-20")
			.param("text", "Britain will lead the force, partial speaker name.")
			.param("attribution", "PARAPHRASED")
			.param("attribution", "SAID")
			.param("sourceId", "1")
			.param("topicIds", "2")
			.param("action", "save")).hasStatus3xxRedirection()
			.flash()
			.containsEntry("flashLink",
					"/statements/" + this.transactions.execute((status) -> this.statements.findAll()
						.stream()
						.filter((statement) -> statement.getText().contains("partial speaker name"))
						.peek((statement) -> assertThat(statement.getSpeaker().getName()).isEqualTo("Keir Starmer"))
						.findFirst()
						.orElseThrow()
						.getId()));
	}

	@Test
	void aPartOfSeveralNamesAsksForMoreAndKeepsTheInput() {
		assertThat(this.mvc.post()
			.uri("/admin/statements/new")
			.with(csrf())
			.param("speaker", "Donald")
			.param("saidOn", "2025-12-20")
			.param("text", "Ambiguous speaker text that must survive.")
			.param("attribution", "SAID")
			.param("sourceId", "1")
			.param("topicIds", "2")
			.param("action", "save")).hasStatusOk()
			.bodyText()
			.contains("Several persons match")
			.contains("Donald Trump")
			.contains("Donald Tusk")
			.contains("Ambiguous speaker text that must survive.");
	}

	@Test
	void failedSaveListsEveryErrorWithALinkToItsFieldAndMarksTheFieldsInvalid() {
		assertThat(this.mvc.post()
			.uri("/admin/statements/new")
			.with(csrf())
			.param("speaker", "")
			.param("saidOn", "2999-01-01")
			.param("text", "")
			.param("sourceUrl", "javascript:alert(1)")
			.param("stance", "WILLING")
			.param("action", "save")).hasStatusOk()
			.bodyText()
			.contains("href=\"#speaker\"")
			.contains("href=\"#saidOn\"")
			.contains("href=\"#text\"")
			.contains("href=\"#sourceUrl\"")
			.contains("href=\"#topicIds\"")
			.contains("href=\"#positionTopicId\"")
			.containsPattern("id=\"saidOn\"[^>]*aria-invalid=\"true\"|aria-invalid=\"true\"[^>]*id=\"saidOn\"")
			.containsPattern("id=\"sourceUrl\"[^>]*aria-invalid=\"true\"|aria-invalid=\"true\"[^>]*id=\"sourceUrl\"");
	}

	@Test
	void formAsksForTheTopicBeforeTheStanceAndTellsEachTopicsLadder() {
		assertThat(this.mvc.get().uri("/admin/statements/new")).hasStatusOk()
			.bodyText()
			.containsPattern("(?s)id=\"positionTopicId\".*id=\"stance\"")
			.contains("data-ladder=\"TROOPS\"")
			.contains("data-ladder=\"GENERAL\"");
	}

	@Test
	void aDirectQuoteNeedsANamedSpeakerAndKeepsWhatWasTyped() {
		assertThat(this.mvc.post()
			.uri("/admin/statements/new")
			.with(csrf())
			.param("speakerLabel", "U.S. officials")
			.param("saidOn", "2025-12-16")
			.param("text", "Typed words that must survive")
			.param("attribution", "SAID")
			.param("sourceId", "1")
			.param("topicIds", "2")
			.param("action", "save")).hasStatusOk()
			.model()
			.extractingBindingResult("form")
			.hasFieldErrors("attribution");
		assertThat(this.mvc.post()
			.uri("/admin/statements/new")
			.with(csrf())
			.param("speakerLabel", "U.S. officials")
			.param("saidOn", "2025-12-16")
			.param("text", "Typed words that must survive")
			.param("attribution", "SAID")
			.param("sourceId", "1")
			.param("topicIds", "2")
			.param("action", "save")).bodyText()
			.contains("A direct quote needs a named speaker")
			.contains("Typed words that must survive")
			.contains("U.S. officials");
	}

	@Test
	void aReportNeedsItsExcerptAndASpeakerOrLabelIsRequired() {
		assertThat(this.mvc.post()
			.uri("/admin/statements/new")
			.with(csrf())
			.param("speakerLabel", "sources")
			.param("saidOn", "2025-12-16")
			.param("text", "The U.S. side pressed for a withdrawal.")
			.param("attribution", "REPORTED")
			.param("accordingTo", "sources cited by AFP")
			.param("sourceId", "1")
			.param("topicIds", "2")
			.param("action", "save")).hasStatusOk().model().extractingBindingResult("form").hasFieldErrors("excerpt");
		assertThat(this.mvc.post()
			.uri("/admin/statements/new")
			.with(csrf())
			.param("saidOn", "2025-12-16")
			.param("text", "Nobody said this.")
			.param("attribution", "PARAPHRASED")
			.param("sourceId", "1")
			.param("topicIds", "2")
			.param("action", "save")).hasStatusOk().model().extractingBindingResult("form").hasFieldErrors("speaker");
	}

	@Test
	void aReportByAnUnnamedSpeakerWithAMonthOnlyDateIsSavedAsSuch() {
		assertThat(this.mvc.post()
			.uri("/admin/statements/new")
			.with(csrf())
			.param("speakerLabel", "U.S. officials")
			.param("onBehalfOfId", "")
			.param("saidOn", "2025-02-17")
			.param("datePrecision", "MONTH")
			.param("dateQualifier", "APPROXIMATE")
			.param("text", "Washington wanted a withdrawal from Donetsk.")
			.param("attribution", "REPORTED")
			.param("accordingTo", "sources cited by AFP")
			.param("excerpt", "Sources cited by AFP said the U.S. side pressed for the withdrawal")
			.param("confidence", "UNCONFIRMED")
			.param("sourceId", "1")
			.param("topicIds", "2")
			.param("action", "save")).hasStatus3xxRedirection();
		this.transactions.executeWithoutResult((status) -> {
			Statement saved = this.statements.findAll()
				.stream()
				.filter((statement) -> statement.getText().startsWith("Washington wanted a withdrawal"))
				.findFirst()
				.orElseThrow();
			assertThat(saved.getSpeaker()).isNull();
			assertThat(saved.getSpeakerName()).isEqualTo("U.S. officials");
			assertThat(saved.getAttribution()).isEqualTo(org.peaceterms.shared.Attribution.REPORTED);
			assertThat(saved.getAccordingTo()).isEqualTo("sources cited by AFP");
			assertThat(saved.getSaidOn()).isEqualTo(java.time.LocalDate.of(2025, 2, 1));
			assertThat(saved.getDate().edtf()).isEqualTo("2025-02~");
			assertThat(saved.getSourcing().getConfidence()).isEqualTo(org.peaceterms.shared.Confidence.UNCONFIRMED);
			assertThat(saved.getSourcing().getExcerpt()).startsWith("Sources cited by AFP");
		});
	}

	@Test
	void aCountryCanBeTheSpeaker() {
		assertThat(this.mvc.post()
			.uri("/admin/statements/new")
			.with(csrf())
			.param("speaker", "Germany")
			.param("saidOn", "2025-12-15")
			.param("text", "Germany signed the six-point statement.")
			.param("attribution", "PARAPHRASED")
			.param("sourceId", "1")
			.param("topicIds", "2")
			.param("action", "save")).hasStatus3xxRedirection();
		this.transactions.executeWithoutResult((status) -> assertThat(this.statements.findAll()
			.stream()
			.filter((statement) -> statement.getText().startsWith("Germany signed the six-point"))
			.findFirst()
			.orElseThrow()
			.getSpeaker()
			.getName()).isEqualTo("Germany"));
	}

}
