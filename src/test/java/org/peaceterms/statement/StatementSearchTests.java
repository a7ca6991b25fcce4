package org.peaceterms.statement;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peaceterms.actor.Actor;
import org.peaceterms.actor.ActorKind;
import org.peaceterms.shared.Attribution;
import org.peaceterms.source.Reliability;
import org.peaceterms.source.Source;
import org.peaceterms.source.SourceKind;
import org.peaceterms.topic.Topic;
import org.peaceterms.topic.TopicRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The statement search query: text with escaping, each filter, the as-of date, the count
 * and the pages, and a bounded number of SQL statements per page.
 */
@DataJpaTest(properties = "spring.jpa.properties.hibernate.generate_statistics=true")
class StatementSearchTests {

	private static final LocalDate FAR = LocalDate.of(2099, 12, 31);

	@Autowired
	private StatementRepository statements;

	@Autowired
	private TopicRepository topics;

	@Autowired
	private EntityManager entityManager;

	private Actor speaker;

	private Actor testland;

	private Topic troops;

	private Topic territory;

	private Source source;

	@BeforeEach
	void persistFixtures() {
		this.troops = this.topics.findBySlug(Topic.TROOPS_SLUG).orElseThrow();
		this.territory = this.topics.findBySlug("territory").orElseThrow();
		this.source = persist(new Source("search-source", "Search Outlet", "Search headline", null,
				LocalDate.of(2030, 1, 1), SourceKind.NEWS, Reliability.ESTABLISHED));
		this.testland = persist(new Actor("testland", "Testland", ActorKind.COUNTRY, "XT"));
		this.speaker = persist(new Actor("test-speaker", "Test Speaker", ActorKind.PERSON, null));
		say(this.speaker, LocalDate.of(2030, 1, 10), "We are 100% committed to the zygomorphic plan", this.troops);
		say(this.speaker, LocalDate.of(2030, 1, 11), "We could send 1000 zygomorphic troops", this.troops);
		say(this.speaker, LocalDate.of(2030, 1, 12), "The zygo_morphic clause stands", this.territory);
		say(this.speaker, LocalDate.of(2030, 1, 13), "The zygoXmorphic clause falls", this.territory);
		say(this.testland, LocalDate.of(2030, 2, 1), "Testland speaks for itself about ZYGOMORPHIC lines",
				this.territory);
		flushAndClear();
	}

	@Test
	void textSearchIsCaseInsensitiveAndCoversTheContext() {
		Statement withContext = persist(new Statement(this.speaker, this.testland, LocalDate.of(2030, 3, 1), "Yes.",
				Attribution.SAID, this.source, Set.of()));
		org.springframework.test.util.ReflectionTestUtils.setField(withContext, "context",
				"Asked about the Quixotic bridge");
		flushAndClear();
		assertThat(texts(search("ZYGOMORPHIC"))).hasSize(3);
		assertThat(texts(search("quixotic BRIDGE"))).containsExactly("Yes.");
	}

	@Test
	void percentAndUnderscoreInTheSearchTermMatchOnlyThemselves() {
		assertThat(texts(search("100%"))).containsExactly("We are 100% committed to the zygomorphic plan");
		assertThat(texts(search("zygo_morphic"))).containsExactly("The zygo_morphic clause stands");
		assertThat(texts(search("!%_"))).isEmpty();
	}

	@Test
	void filtersBySpeakerCountryTopicAndDates() {
		assertThat(ours(new StatementFilter(null, this.speaker, null, null, null, null, FAR)).total()).isEqualTo(4);
		assertThat(texts(ours(new StatementFilter(null, null, this.testland, null, null, null, FAR))))
			.containsExactly("Testland speaks for itself about ZYGOMORPHIC lines");
		assertThat(ours(new StatementFilter("zygo", null, null, this.territory, null, null, FAR)).total()).isEqualTo(3);
		assertThat(texts(ours(new StatementFilter(null, this.speaker, null, null, LocalDate.of(2030, 1, 11),
				LocalDate.of(2030, 1, 12), FAR))))
			.containsExactly("The zygo_morphic clause stands", "We could send 1000 zygomorphic troops");
	}

	@Test
	void countryFilterFindsWhatWasSaidOnItsBehalf() {
		persist(new Statement(this.speaker, this.testland, LocalDate.of(2030, 3, 2), "On behalf of Testland",
				Attribution.SAID, this.source, Set.of()));
		flushAndClear();
		assertThat(texts(ours(new StatementFilter(null, null, this.testland, null, null, null, FAR))))
			.containsExactly("On behalf of Testland", "Testland speaks for itself about ZYGOMORPHIC lines");
	}

	@Test
	void asOfHidesWhatWasSaidLaterAndRetiredStatementsNeverShow() {
		assertThat(this.statements
			.search(new StatementFilter("zygo", null, null, null, null, null, LocalDate.of(2030, 1, 11)), 1)
			.total()).isEqualTo(2);
		Statement first = this.statements.search(new StatementFilter("100%", null, null, null, null, null, FAR), 1)
			.statements()
			.get(0);
		this.statements.findById(first.getId()).orElseThrow().retire();
		flushAndClear();
		assertThat(search("100%").total()).isZero();
	}

	@Test
	void pagesHoldTwentyFiveNewestFirstAndAPagePastTheEndIsEmpty() {
		for (int day = 1; day <= 27; day++) {
			say(this.speaker, LocalDate.of(2031, 1, day), "Paged remark " + day, this.troops);
		}
		flushAndClear();
		StatementFilter paged = new StatementFilter("paged remark", null, null, null, null, null, FAR);
		StatementPage first = this.statements.search(paged, 1);
		assertThat(first.total()).isEqualTo(27);
		assertThat(first.statements()).hasSize(25);
		assertThat(first.statements().get(0).getText()).isEqualTo("Paged remark 27");
		assertThat(first.hasNext()).isTrue();
		assertThat(first.hasPrevious()).isFalse();
		StatementPage second = this.statements.search(paged, 2);
		assertThat(texts(second)).containsExactly("Paged remark 2", "Paged remark 1");
		assertThat(second.getFirst()).isEqualTo(26);
		assertThat(second.getLast()).isEqualTo(27);
		assertThat(second.hasNext()).isFalse();
		StatementPage beyond = this.statements.search(paged, 9);
		assertThat(beyond.statements()).isEmpty();
		assertThat(beyond.isBeyondEnd()).isTrue();
		assertThat(beyond.getPageCount()).isEqualTo(2);
	}

	@Test
	void sqlStatementsPerPageDoNotGrowWithTheNumberOfRows() {
		for (int day = 1; day <= 25; day++) {
			say(this.speaker, LocalDate.of(2031, 1, day), "Counted remark " + day, this.troops);
		}
		flushAndClear();
		long few = statementsToRender(new StatementFilter("100%", null, null, null, null, null, FAR));
		long many = statementsToRender(new StatementFilter("counted remark", null, null, null, null, null, FAR));
		assertThat(many).isEqualTo(few).isLessThanOrEqualTo(3);
	}

	/** Runs a search and touches everything a result row shows; returns the SQL count. */
	private long statementsToRender(StatementFilter filter) {
		Statistics statistics = this.entityManager.getEntityManagerFactory()
			.unwrap(SessionFactory.class)
			.getStatistics();
		this.entityManager.clear();
		statistics.clear();
		StatementPage page = this.statements.search(filter, 1);
		assertThat(page.statements()).isNotEmpty();
		for (Statement statement : page.statements()) {
			statement.getSpeaker().getName();
			if (statement.getOnBehalfOf() != null) {
				statement.getOnBehalfOf().getName();
			}
			statement.getSource().getLabel();
			statement.getTopics().forEach(Topic::getName);
		}
		return statistics.getPrepareStatementCount();
	}

	private StatementPage search(String text) {
		return ours(new StatementFilter(text, null, null, null, null, null, FAR));
	}

	/** Only the fixtures' statements: the shipped data ends long before 2030. */
	private StatementPage ours(StatementFilter filter) {
		StatementFilter from2030 = new StatementFilter(filter.text(), filter.speaker(), filter.country(),
				filter.topic(), (filter.from() != null) ? filter.from() : LocalDate.of(2030, 1, 1), filter.to(),
				filter.asOf());
		return this.statements.search(from2030, 1);
	}

	private static List<String> texts(StatementPage page) {
		return page.statements().stream().map(Statement::getText).toList();
	}

	private void say(Actor who, LocalDate on, String text, Topic topic) {
		Actor behalf = (who.getKind() == ActorKind.COUNTRY) ? who : null;
		persist(new Statement(who, behalf, on, text, Attribution.SAID, this.source, Set.of(topic)));
	}

	private void flushAndClear() {
		this.entityManager.flush();
		this.entityManager.clear();
	}

	private <T> T persist(T entity) {
		this.entityManager.persist(entity);
		return entity;
	}

}
