package org.peaceterms.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peaceterms.actor.Actor;
import org.peaceterms.actor.ActorKind;
import org.peaceterms.actor.ActorRepository;
import org.peaceterms.shared.Attribution;
import org.peaceterms.shared.Confidence;
import org.peaceterms.shared.DatePrecision;
import org.peaceterms.shared.DateQualifier;
import org.peaceterms.shared.Sourcing;
import org.peaceterms.source.Reliability;
import org.peaceterms.source.Source;
import org.peaceterms.source.SourceKind;
import org.peaceterms.source.SourceRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each way a source attributes a statement, as every output renders it: only a direct
 * quote is shown in quotation marks as the speaker's words; a paraphrase is marked; a
 * report says whom the source cites ("According to sources cited by AFP, ...") and names
 * an unnamed speaker as such; an assessment is labelled as the outlet's. Checked on the
 * statements list, the statement page, CSV, JSON download, the API and the Atom feed.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class AttributionRenderingTests {

	private static final LocalDate DAY = LocalDate.now().minusDays(1);

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private StatementRepository statements;

	@Autowired
	private ActorRepository actors;

	@Autowired
	private SourceRepository sources;

	private Statement said;

	private Statement paraphrased;

	private Statement reported;

	private Statement assessed;

	@BeforeEach
	void oneStatementOfEachKind() {
		Actor ruritania = this.actors.save(new Actor("ruritania", "Ruritania", ActorKind.COUNTRY, null));
		Actor king = this.actors.save(new Actor("king-rudolf", "King Rudolf", ActorKind.PERSON, null));
		Source source = this.sources.save(new Source("zenda-daily-x", "Zenda Daily", "Zebra talks", null, DAY,
				SourceKind.NEWS, Reliability.ESTABLISHED));
		this.said = this.statements.save(new Statement(king, ruritania, DAY, "Zebraquote we will send troops.",
				Attribution.SAID, source, Set.of()));
		this.paraphrased = this.statements.save(new Statement(king, ruritania, DAY,
				"Zebraparaphrase troops could follow later.", Attribution.PARAPHRASED, source, Set.of()));
		this.reported = new Statement(null, "Ruritanian officials", ruritania, DAY,
				"Zebrareport the Ruritanian side pressed for a withdrawal.", Attribution.REPORTED, source, Set.of());
		this.reported.update(null, "Ruritanian officials", ruritania, DAY, this.reported.getText(),
				Attribution.REPORTED, source, Set.of(), null, null, "sources cited by AFP", null,
				new Sourcing(DatePrecision.DAY, DateQualifier.NO_LATER_THAN, "Sources cited by AFP said ...",
						Confidence.UNCONFIRMED));
		this.reported = this.statements.save(this.reported);
		this.assessed = this.statements.save(new Statement(ruritania, null, DAY,
				"Zebraassessment Ruritania faces constitutional limits.", Attribution.ASSESSED, source, Set.of()));
		this.statements.flush();
	}

	@Test
	void theStatementsListRendersEachKindHonestly() {
		// The search marks the words found; the wording around them is what is checked.
		String page = body("/statements?q=zebra").replace("<mark>", "").replace("</mark>", "");
		assertThat(page).contains("“Zebraquote we will send troops.”")
			.doesNotContain("“Zebraparaphrase")
			.contains("Zebraparaphrase troops could follow later.")
			.contains("Paraphrase")
			.contains("According to sources cited by AFP,")
			.doesNotContain("“Zebrareport")
			.contains("Ruritanian officials")
			.contains("Assessment by Zenda Daily, not a statement by the actor:")
			.doesNotContain("“Zebraassessment")
			.contains("How we know")
			.contains("“Sources cited by AFP said ...”")
			.contains("Unconfirmed report")
			.contains("by " + format(DAY) + " (date not given)")
			.doesNotContain(">SINGLE_SOURCE<")
			.doesNotContain(">REPORTED<");
	}

	@Test
	void theStatementPageOfAReportNamesWhoReportsIt() {
		String page = body("/statements/" + this.reported.getId());
		assertThat(page).contains("Report attributed to Ruritanian officials")
			.contains("According to sources cited by AFP,")
			.contains("Zebrareport the Ruritanian side pressed for a withdrawal.")
			.doesNotContain("“Zebrareport")
			.contains("not the speaker")
			.contains("Attributed to");
		assertThat(body("/statements/" + this.said.getId())).contains("Statement by King Rudolf")
			.contains("Zebraquote we will send troops.")
			.contains("Direct quote");
	}

	@Test
	void csvAndJsonDownloadsCarryAttributionAndRenderedSentence() {
		String csv = body("/statements.csv?q=zebra");
		assertThat(csv).contains("attribution")
			.contains("accordingTo")
			.contains("rendered")
			.contains("dateEdtf")
			.contains("confidence")
			.contains("excerpt")
			.contains("King Rudolf: “Zebraquote we will send troops.”")
			.contains("King Rudolf (paraphrase): Zebraparaphrase troops could follow later.")
			.contains("According to sources cited by AFP: Zebrareport the Ruritanian side pressed for a withdrawal.")
			.contains("Assessment by Zenda Daily (not a statement by Ruritania): Zebraassessment")
			.contains("../" + DAY)
			.contains("UNCONFIRMED");
		String json = body("/statements.json?q=zebra");
		assertThat(json).contains("\"attribution\":\"REPORTED\"")
			.contains("\"accordingTo\":\"sources cited by AFP\"")
			.contains("\"speaker\":\"Ruritanian officials\"")
			.contains("\"speakerSlug\":null")
			.contains("\"dateEdtf\":\"../" + DAY + "\"")
			.contains("\"attribution\":\"SAID\"")
			.contains("\"attribution\":\"ASSESSED\"");
	}

	@Test
	void theApiGivesAttributionBoundsAndAnUnnamedSpeaker() {
		String json = body("/api/v1/statements/" + this.reported.getId());
		assertThat(json).contains("\"attribution\":\"REPORTED\"")
			.contains("\"accordingTo\":\"sources cited by AFP\"")
			.contains("\"speaker\":null")
			.contains("\"speakerLabel\":\"Ruritanian officials\"")
			.contains("\"edtf\":\"../" + DAY + "\"")
			.contains("\"earliest\":null")
			.contains("\"latest\":\"" + DAY + "\"")
			.contains("\"qualifier\":\"NO_LATER_THAN\"")
			.contains("\"confidence\":\"UNCONFIRMED\"")
			.contains("\"excerpt\":\"Sources cited by AFP said ...\"")
			.contains("\"rendered\":\"According to sources cited by AFP: Zebrareport");
		assertThat(body("/api/v1/statements/" + this.said.getId())).contains("\"attribution\":\"SAID\"")
			.contains("\"rendered\":\"King Rudolf: “Zebraquote we will send troops.”\"");
	}

	@Test
	void theAtomFeedTitlesAReportByWhoReportsItAndAQuoteByTheSpeaker() {
		String feed = body("/feed.atom");
		assertThat(feed).contains("King Rudolf: “Zebraquote we will send troops.”")
			.contains("King Rudolf (paraphrase): Zebraparaphrase")
			.contains("According to sources cited by AFP: Zebrareport")
			.doesNotContain("Ruritanian officials: “Zebrareport")
			.contains("Assessment by Zenda Daily, not a statement by Ruritania: Zebraassessment");
	}

	private String body(String url) {
		var result = this.mvc.get().uri(url).exchange();
		assertThat(result).hasStatusOk();
		return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
	}

	private static String format(LocalDate day) {
		return day.format(java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.UK));
	}

}
