package org.peaceterms.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.peaceterms.statement.Position;
import org.peaceterms.statement.Statement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * "As recorded at": a permalink made before an edit keeps showing the record as it was,
 * on pages and in the API, and never changes the live record.
 */
@SpringBootTest
@AutoConfigureMockMvc
@DirtiesContext
class RecordedAtTests {

	private static final String WORDS = "No U.S. troops would be deployed on the ground in Ukraine under the plan.";

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private EntityManager entityManager;

	@Autowired
	private TransactionTemplate transactions;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void permalinkMadeBeforeAnEditShowsThePreEditStateAfterIt() throws Exception {
		Instant before = Instant.now();
		Thread.sleep(5);
		edit(4L, WORDS + " EDITED LATER");
		this.transactions.executeWithoutResult((status) -> this.entityManager.find(Statement.class, 5L).retire());

		String permalink = "/statements/4?recordedAt=" + before;
		assertThat(this.mvc.get().uri("/statements/4")).hasStatusOk().bodyText().contains("EDITED LATER");
		assertThat(this.mvc.get().uri(permalink)).hasStatusOk()
			.bodyText()
			.contains(WORDS)
			.doesNotContain("EDITED LATER")
			.contains("As recorded at " + before);
		assertThat(this.mvc.get().uri("/api/v1/statements/4?recordedAt=" + before)).hasStatusOk()
			.headers()
			.containsHeader("Memento-Datetime");
		assertThat(this.mvc.get().uri("/api/v1/statements/4?recordedAt=" + before)).bodyJson()
			.extractingPath("$.text")
			.isEqualTo(WORDS);
		assertThat(this.mvc.get().uri("/statements/5?recordedAt=" + before)).hasStatusOk();
		assertThat(this.mvc.get().uri("/statements/5")).hasStatus(404);
		assertThat(this.mvc.get().uri("/statements?recordedAt=" + before)).hasStatusOk()
			.bodyText()
			.doesNotContain("EDITED LATER");

		assertThat(this.jdbc.queryForObject("select text from statement where id = 4", String.class))
			.as("the live record is untouched")
			.endsWith("EDITED LATER");
		assertThat(this.jdbc.queryForObject("select retired from statement where id = 5", Boolean.class)).isTrue();
	}

	@Test
	void citeThisViewPinsTheRecordSoThatItsPermalinkShowsThePreEditState() throws Exception {
		String page = this.mvc.get().uri("/stances?topic=territory").exchange().getResponse().getContentAsString();
		Position position = this.entityManager
			.createQuery(
					"select p from Position p where p.topic.slug = 'territory' and p.retired = false order by p.id",
					Position.class)
			.getResultList()
			.stream()
			.filter((candidate) -> candidate.getSummary().matches("[A-Za-z0-9 ,.()-]+")
					&& page.contains(candidate.getSummary()))
			.findFirst()
			.orElseThrow();
		java.util.regex.Matcher cited = java.util.regex.Pattern.compile(
				"http://localhost(/stances\\?topic=territory&amp;group=countries&amp;from=[0-9-]+&amp;to=[0-9-]+&amp;all=false&amp;asOf=[0-9-]+&amp;recordedAt=[0-9TZ:.-]+)")
			.matcher(page);
		assertThat(cited.find()).isTrue();
		String permalink = cited.group(1).replace("&amp;", "&");
		Thread.sleep(1100);

		this.transactions.executeWithoutResult((status) -> {
			Position edited = this.entityManager.find(Position.class, position.getId());
			edited.update(edited.getActor(), edited.getTopic(), edited.getStance(), edited.getValidFrom(),
					edited.getSource(), edited.getSummary() + " CORRECTED", edited.getNote(),
					new java.util.HashSet<>(edited.getConditions()), new java.util.HashSet<>(edited.getEvidence()));
		});

		assertThat(this.mvc.get().uri("/stances?topic=territory")).hasStatusOk()
			.bodyText()
			.contains(position.getSummary() + " CORRECTED");
		assertThat(this.mvc.get().uri(permalink)).hasStatusOk()
			.bodyText()
			.contains(position.getSummary())
			.doesNotContain(position.getSummary() + " CORRECTED")
			.contains("As recorded at");
	}

	@Test
	void badOrFutureMomentsAreA400() {
		assertThat(this.mvc.get().uri("/statements/4?recordedAt=yesterday").accept("text/html")).hasStatus(400);
		assertThat(this.mvc.get().uri("/api/v1/statements?recordedAt=2999-01-01T00:00:00Z")).hasStatus(400)
			.bodyText()
			.contains("recordedAt");
	}

	private void edit(long id, String text) {
		this.transactions.executeWithoutResult((status) -> {
			Statement statement = this.entityManager.find(Statement.class, id);
			statement.update(statement.getSpeaker(), statement.getSpeakerLabel(), statement.getOnBehalfOf(),
					statement.getSaidOn(), text, statement.getAttribution(), statement.getSource(),
					new java.util.HashSet<>(statement.getTopics()), statement.getProvision(), statement.getEvent(),
					statement.getAccordingTo(), statement.getContext(), statement.getSourcing());
		});
	}

}
