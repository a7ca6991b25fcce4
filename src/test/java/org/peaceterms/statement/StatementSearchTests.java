package org.peaceterms.statement;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peaceterms.actor.Actor;
import org.peaceterms.actor.ActorKind;
import org.peaceterms.actor.ActorRepository;
import org.peaceterms.shared.Attribution;
import org.peaceterms.source.Reliability;
import org.peaceterms.source.Source;
import org.peaceterms.source.SourceKind;
import org.peaceterms.topic.Topic;
import org.peaceterms.topic.TopicRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.data.domain.Page;

/**
 * The statement search query: text with escaping, words in any order, names and aliases,
 * hyphen and space variants, each filter, the as-of date, the count and the pages, the
 * order by date or relevance, and a bounded number of SQL statements per page. The same
 * tests run on PostgreSQL ({@link StatementSearchPostgresTests}).
 */
@DataJpaTest(properties = "spring.jpa.properties.hibernate.generate_statistics=true")
class StatementSearchTests {

	private static final LocalDate FAR = LocalDate.of(2099, 12, 31);

	@Autowired
	private StatementRepository statements;

	@Autowired
	private TopicRepository topics;

	@Autowired
	private ActorRepository actors;

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
		assertThat(ours(new StatementCriteria(null, this.speaker, null, null, null, null, FAR)).getTotalElements())
			.isEqualTo(4);
		assertThat(texts(ours(new StatementCriteria(null, null, this.testland, null, null, null, FAR))))
			.containsExactly("Testland speaks for itself about ZYGOMORPHIC lines");
		assertThat(ours(new StatementCriteria("zygo", null, null, this.territory, null, null, FAR)).getTotalElements())
			.isEqualTo(3);
		assertThat(texts(ours(new StatementCriteria(null, this.speaker, null, null, LocalDate.of(2030, 1, 11),
				LocalDate.of(2030, 1, 12), FAR))))
			.containsExactly("The zygo_morphic clause stands", "We could send 1000 zygomorphic troops");
	}

	@Test
	void countryFilterFindsWhatWasSaidOnItsBehalf() {
		persist(new Statement(this.speaker, this.testland, LocalDate.of(2030, 3, 2), "On behalf of Testland",
				Attribution.SAID, this.source, Set.of()));
		flushAndClear();
		assertThat(texts(ours(new StatementCriteria(null, null, this.testland, null, null, null, FAR))))
			.containsExactly("On behalf of Testland", "Testland speaks for itself about ZYGOMORPHIC lines");
	}

	@Test
	void asOfHidesWhatWasSaidLaterAndRetiredStatementsNeverShow() {
		assertThat(this.statements
			.search(new StatementCriteria("zygo", null, null, null, null, null, LocalDate.of(2030, 1, 11)), 1, false)
			.getTotalElements()).isEqualTo(2);
		Statement first = this.statements
			.search(new StatementCriteria("100%", null, null, null, null, null, FAR), 1, false)
			.getContent()
			.get(0);
		this.statements.findById(first.getId()).orElseThrow().retire();
		flushAndClear();
		assertThat(search("100%").getTotalElements()).isZero();
	}

	@Test
	void pagesHoldTwentyFiveNewestFirstAndAPagePastTheEndIsEmpty() {
		for (int day = 1; day <= 27; day++) {
			say(this.speaker, LocalDate.of(2031, 1, day), "Paged remark " + day, this.troops);
		}
		flushAndClear();
		StatementCriteria paged = new StatementCriteria("paged remark", null, null, null, null, null, FAR);
		Page<Statement> first = this.statements.search(paged, 1, false);
		assertThat(first.getTotalElements()).isEqualTo(27);
		assertThat(first.getContent()).hasSize(25);
		assertThat(first.getContent().get(0).getText()).isEqualTo("Paged remark 27");
		assertThat(first.hasNext()).isTrue();
		assertThat(first.hasPrevious()).isFalse();
		Page<Statement> second = this.statements.search(paged, 2, false);
		assertThat(texts(second)).containsExactly("Paged remark 2", "Paged remark 1");
		assertThat(second.getNumber()).isEqualTo(1);
		assertThat(second.getNumberOfElements()).isEqualTo(2);
		assertThat(second.hasNext()).isFalse();
		Page<Statement> beyond = this.statements.search(paged, 9, false);
		assertThat(beyond.getContent()).isEmpty();
		assertThat(beyond.getTotalElements()).isEqualTo(27);
		assertThat(beyond.getTotalPages()).isEqualTo(2);
	}

	@Test
	void sqlStatementsPerPageDoNotGrowWithTheNumberOfRows() {
		for (int day = 1; day <= 25; day++) {
			say(this.speaker, LocalDate.of(2031, 1, day), "Counted remark " + day, this.troops);
		}
		flushAndClear();
		long few = statementsToRender(new StatementCriteria("100%", null, null, null, null, null, FAR));
		long many = statementsToRender(new StatementCriteria("counted remark", null, null, null, null, null, FAR));
		// A short first page needs no count query (Spring Data counts what it holds), so
		// one page of many rows may take one statement more than a page of one row.
		assertThat(few).isLessThanOrEqualTo(3);
		assertThat(many).isLessThanOrEqualTo(few + 1).isLessThanOrEqualTo(3);
	}

	@Test
	void speakerNamesAndAliasesAreSearchedInAnyOrder() {
		Actor merz = this.actors.findBySlug("friedrich-merz").orElseThrow();
		List<Long> hisOwn = ids(
				this.statements.searchAll(new StatementCriteria(null, merz, null, null, null, null, FAR), false, 1000));
		assertThat(hisOwn).isNotEmpty();
		for (String query : List.of("Merz", "Friedrich Merz", "merz FRIEDRICH")) {
			assertThat(ids(everything(query))).as(query).containsAll(hisOwn);
		}
		Actor zelensky = this.actors.findBySlug("volodymyr-zelensky").orElseThrow();
		List<Long> his = ids(this.statements
			.searchAll(new StatementCriteria(null, zelensky, null, null, null, null, FAR), false, 1000));
		assertThat(his).isNotEmpty();
		for (String query : List.of("Zelenskyy", "Zelenskiy", "Zelensky", "zelenskyy")) {
			assertThat(ids(everything(query))).as(query).containsAll(his);
		}
		Actor ukraine = this.actors.findBySlug("ukraine").orElseThrow();
		List<Long> forUkraine = ids(this.statements
			.searchAll(new StatementCriteria(null, null, ukraine, null, null, null, FAR), false, 1000));
		assertThat(forUkraine).isNotEmpty();
		assertThat(ids(everything("Kiev"))).containsAll(forUkraine);
		assertThat(ids(everything("Kyiv"))).containsAll(forUkraine);
		assertThat(texts(search("troops zygomorphic 1000"))).containsExactly("We could send 1000 zygomorphic troops");
		assertThat(texts(search("Speaker plan"))).containsExactly("We are 100% committed to the zygomorphic plan");
	}

	@Test
	void hyphensAndSpacesDoNotCount() {
		say(this.speaker, LocalDate.of(2030, 4, 1), "A cease-fire now", this.troops);
		say(this.speaker, LocalDate.of(2030, 4, 2), "The ceasefire holds", this.troops);
		say(this.speaker, LocalDate.of(2030, 4, 3), "No cease fire yet", this.troops);
		say(this.speaker, LocalDate.of(2030, 4, 4), "A cease\u2013fire with an en dash", this.troops);
		flushAndClear();
		for (String query : List.of("cease-fire", "ceasefire", "cease fire", "CEASE\u2013FIRE", "fire cease")) {
			assertThat(search(query).getTotalElements()).as(query).isEqualTo(4);
		}
	}

	@Test
	void relevanceRanksTheWordsSaidAboveTheContextAndNamesThenNewestFirst() {
		Statement inContext = persist(new Statement(this.speaker, null, LocalDate.of(2030, 5, 2), "Yes.",
				Attribution.SAID, this.source, Set.of()));
		org.springframework.test.util.ReflectionTestUtils.setField(inContext, "context", "Asked about the tundra");
		say(this.speaker, LocalDate.of(2030, 5, 1), "The tundra is ours", this.troops);
		flushAndClear();
		StatementCriteria tundra = new StatementCriteria("tundra", null, null, null, LocalDate.of(2030, 1, 1), null,
				FAR);
		assertThat(texts(this.statements.search(tundra, 1, false))).containsExactly("Yes.", "The tundra is ours");
		Page<Statement> relevant = this.statements.search(tundra, 1, true);
		assertThat(texts(relevant)).containsExactly("The tundra is ours", "Yes.");
		assertThat(relevant.getTotalElements()).isEqualTo(2);
		assertThat(this.statements.searchAll(tundra, true, 10)).extracting(Statement::getText)
			.containsExactly("The tundra is ours", "Yes.");
	}

	@Test
	void theDownloadStreamGivesThePageOrderWithEachStatementsTopicsInTopicOrder() {
		persist(new Statement(this.speaker, null, LocalDate.of(2030, 1, 11), "Both topics at once", Attribution.SAID,
				this.source, Set.of(this.territory, this.troops)));
		persist(new Statement(this.speaker, null, LocalDate.of(2030, 1, 11), "No topic at all", Attribution.SAID,
				this.source, Set.of()));
		flushAndClear();
		StatementCriteria criteria = new StatementCriteria(null, this.speaker, null, null, null, null, FAR);
		List<Statement> paged = this.statements.searchAll(criteria, false, 1000);
		List<StatementStreams.WithTopics> streamed;
		try (Stream<StatementStreams.WithTopics> all = this.statements.streamWithTopics(criteria)) {
			streamed = all.toList();
		}
		assertThat(streamed).extracting((row) -> row.statement().getId())
			.containsExactlyElementsOf(paged.stream().map(Statement::getId).toList());
		for (StatementStreams.WithTopics row : streamed) {
			assertThat(row.topics()).as(row.statement().getText())
				.isEqualTo(row.statement()
					.getTopics()
					.stream()
					.sorted(Comparator.comparing(Topic::getSortOrder).thenComparingLong(Topic::requireId))
					.map(Topic::getSlug)
					.toList());
		}
		List<String> bothInOrder = (this.troops.getSortOrder() < this.territory.getSortOrder())
				? List.of(this.troops.getSlug(), this.territory.getSlug())
				: List.of(this.territory.getSlug(), this.troops.getSlug());
		assertThat(streamed).filteredOn((row) -> row.statement().getText().equals("Both topics at once"))
			.singleElement()
			.extracting(StatementStreams.WithTopics::topics)
			.isEqualTo(bothInOrder);
		assertThat(streamed).filteredOn((row) -> row.statement().getText().equals("No topic at all"))
			.singleElement()
			.extracting(StatementStreams.WithTopics::topics)
			.isEqualTo(List.of());
	}

	@Test
	void theSearchIsTranslatedToSqlOnceNotOnEveryCall() {
		Statistics statistics = this.entityManager.getEntityManagerFactory()
			.unwrap(SessionFactory.class)
			.getStatistics();
		this.statements.search(new StatementCriteria(null, this.speaker, null, null, null, null, FAR), 1, false);
		statistics.clear();
		// The same search with other values is found in the query plan cache
		// (hibernate.criteria.plan_cache_enabled; without it a Criteria query is never).
		this.statements.search(
				new StatementCriteria(null, this.testland, null, null, null, null, LocalDate.of(2031, 1, 1)), 1, false);
		assertThat(statistics.getQueryPlanCacheHitCount()).isPositive();
		assertThat(statistics.getQueryPlanCacheMissCount()).isZero();
	}

	/** Runs a search and touches everything a result row shows; returns the SQL count. */
	private long statementsToRender(StatementCriteria filter) {
		Statistics statistics = this.entityManager.getEntityManagerFactory()
			.unwrap(SessionFactory.class)
			.getStatistics();
		this.entityManager.clear();
		statistics.clear();
		Page<Statement> page = this.statements.search(filter, 1, false);
		assertThat(page.getContent()).isNotEmpty();
		for (Statement statement : page.getContent()) {
			statement.getSpeaker().getName();
			if (statement.getOnBehalfOf() != null) {
				statement.getOnBehalfOf().getName();
			}
			statement.getSource().getLabel();
			statement.getTopics().forEach(Topic::getName);
		}
		return statistics.getPrepareStatementCount();
	}

	private Page<Statement> search(String text) {
		return ours(new StatementCriteria(text, null, null, null, null, null, FAR));
	}

	/** Only the fixtures' statements: the shipped data ends long before 2030. */
	private Page<Statement> ours(StatementCriteria filter) {
		StatementCriteria from2030 = new StatementCriteria(filter.text(), filter.speaker(), filter.country(),
				filter.topic(), (filter.from() != null) ? filter.from() : LocalDate.of(2030, 1, 1), filter.to(),
				filter.asOf());
		return this.statements.search(from2030, 1, false);
	}

	private List<Statement> everything(String text) {
		return this.statements.searchAll(new StatementCriteria(text, null, null, null, null, null, FAR), false, 1000);
	}

	private static List<Long> ids(List<Statement> found) {
		return found.stream().map(Statement::getId).sorted().toList();
	}

	private static List<String> texts(Page<Statement> page) {
		return page.getContent().stream().map(Statement::getText).toList();
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
