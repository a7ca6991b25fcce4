package org.peaceterms.statement;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peaceterms.actor.Actor;
import org.peaceterms.actor.ActorKind;
import org.peaceterms.shared.AsOf;
import org.peaceterms.shared.Attribution;
import org.peaceterms.source.Reliability;
import org.peaceterms.source.Source;
import org.peaceterms.source.SourceKind;
import org.peaceterms.stance.StanceChange;
import org.peaceterms.stance.StanceTimelineService;
import org.peaceterms.topic.Condition;
import org.peaceterms.topic.Stance;
import org.peaceterms.topic.Topic;
import org.peaceterms.topic.TopicRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.Import;

/**
 * The query behind the home page's troop-stance table: each country's latest position as
 * of a date; and the latest changes of level, computed by the database.
 */
@DataJpaTest
@Import(StanceTimelineService.class)
class PositionRepositoryTests {

	@Autowired
	private StanceTimelineService service;

	@Autowired
	private PositionRepository positions;

	@Autowired
	private TopicRepository topics;

	@Autowired
	private EntityManager entityManager;

	private Actor alpha;

	private Actor beta;

	@BeforeEach
	void persistFixtures() {
		Topic troops = this.topics.findBySlug(Topic.TROOPS_SLUG).orElseThrow();
		Source source = persist(new Source("test-source", "Test Outlet", "Test headline", null,
				LocalDate.of(2025, 1, 1), SourceKind.NEWS, Reliability.ESTABLISHED));
		this.alpha = persist(new Actor("test-alpha", "Test Alpha", ActorKind.COUNTRY, "XA"));
		this.beta = persist(new Actor("test-beta", "Test Beta", ActorKind.COUNTRY, "XB"));
		Actor minister = persist(new Actor("test-minister", "Test Minister", ActorKind.PERSON, null));
		Statement said = persist(new Statement(minister, this.alpha, LocalDate.of(2025, 2, 1), "Not yet.",
				Attribution.SAID, source, Set.of(troops)));
		persist(new Position(this.alpha, troops, Stance.NOT_NOW, LocalDate.of(2025, 2, 1), source, "Not yet",
				Set.of(said)));
		persist(new Position(this.alpha, troops, Stance.WILLING, LocalDate.of(2025, 9, 1), source, "Ready",
				Set.of(said)));
		persist(new Position(this.beta, troops, Stance.OPEN, LocalDate.of(2025, 3, 1), source, "Maybe", Set.of(said)));
		this.entityManager.flush();
		this.entityManager.clear();
	}

	@Test
	void latestChangesAreChangesOfLevelNewestFirstComputedByTheDatabase() {
		Topic troops = this.topics.findBySlug(Topic.TROOPS_SLUG).orElseThrow();
		Source source = this.entityManager
			.createQuery("select s from Source s where s.slug = 'test-source'", Source.class)
			.getSingleResult();
		Source later = persist(new Source("test-later-source", "Test Outlet", "Later headline", null,
				LocalDate.of(2026, 1, 15), SourceKind.NEWS, Reliability.ESTABLISHED));
		Set<Statement> said = Set
			.of(this.entityManager.createQuery("select s from Statement s where s.text = 'Not yet.'", Statement.class)
				.getSingleResult());
		Actor beta = this.entityManager.find(Actor.class, this.beta.getId());
		// A restatement is no change; of two positions on one day the one entered last
		// counts; a position whose source was published later is not on record yet.
		persist(new Position(beta, troops, Stance.OPEN, LocalDate.of(2025, 4, 1), source, "Still maybe", said));
		persist(new Position(beta, troops, Stance.LEADING, LocalDate.of(2025, 10, 1), source, "Leading", said));
		persist(new Position(beta, troops, Stance.WILLING, LocalDate.of(2025, 10, 1), source, "Willing", said));
		persist(new Position(beta, troops, Stance.RULES_OUT, LocalDate.of(2025, 12, 1), later, "No", said));
		this.entityManager.flush();
		this.entityManager.clear();
		AsOf endOf2025 = new AsOf(LocalDate.of(2025, 12, 31));
		assertThat(this.service.latestChanges(endOf2025, this.beta, null, 10))
			.extracting((change) -> change.previous() + "->" + change.stance() + "@" + change.on())
			.containsExactly("OPEN->WILLING@2025-10-01");
		assertThat(this.service.latestChanges(endOf2025, this.alpha, troops, 10))
			.extracting((change) -> change.previous() + "->" + change.stance() + "@" + change.on())
			.containsExactly("NOT_NOW->WILLING@2025-09-01");
		assertThat(this.service.latestChanges(new AsOf(LocalDate.of(2025, 8, 31)), this.alpha, null, 10)).isEmpty();
		assertThat(this.service.latestChanges(new AsOf(LocalDate.of(2026, 1, 31)), this.beta, null, 1))
			.extracting((change) -> change.previous() + "->" + change.stance())
			.containsExactly("WILLING->RULES_OUT");
		List<StanceChange> everyone = this.service.latestChanges(endOf2025, 500);
		assertThat(everyone).extracting(StanceChange::on).isSortedAccordingTo(java.util.Comparator.reverseOrder());
		assertThat(everyone).extracting((change) -> change.actor().getSlug()).contains("test-alpha", "test-beta");
		assertThat(everyone).allSatisfy((change) -> assertThat(change.isChange()).isTrue());
	}

	@Test
	void findLatestByTopicReturnsEachCountrysMostRecentPosition() {
		List<Position> latest = ours(
				this.positions.findLatestByTopic(Topic.TROOPS_SLUG, ActorKind.COUNTRY, LocalDate.of(2025, 12, 31)));
		assertThat(latest).extracting((p) -> p.getActor().getSlug(), Position::getStance)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("test-alpha", Stance.WILLING),
					org.assertj.core.groups.Tuple.tuple("test-beta", Stance.OPEN));
	}

	@Test
	void findLatestByTopicAsOfAnEarlierDateIgnoresLaterPositions() {
		List<Position> latest = ours(
				this.positions.findLatestByTopic(Topic.TROOPS_SLUG, ActorKind.COUNTRY, LocalDate.of(2025, 2, 15)));
		assertThat(latest).extracting((p) -> p.getActor().getSlug(), Position::getStance)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("test-alpha", Stance.NOT_NOW));
	}

	@Test
	void findLatestByTopicSkipsRetiredPositions() {
		Position willing = this.positions.findAll()
			.stream()
			.filter((p) -> p.getActor().getSlug().equals("test-alpha") && p.getStance() == Stance.WILLING)
			.findFirst()
			.orElseThrow();
		willing.retire();
		this.entityManager.flush();
		this.entityManager.clear();
		List<Position> latest = ours(
				this.positions.findLatestByTopic(Topic.TROOPS_SLUG, ActorKind.COUNTRY, LocalDate.of(2025, 12, 31)));
		assertThat(latest).filteredOn((p) -> p.getActor().getSlug().equals("test-alpha"))
			.extracting(Position::getStance)
			.containsExactly(Stance.NOT_NOW);
	}

	@Test
	void findLatestByTopicLoadsActorSourceAndConditionsWithoutFurtherQueries() {
		List<Position> latest = ours(
				this.positions.findLatestByTopic(Topic.TROOPS_SLUG, ActorKind.COUNTRY, LocalDate.of(2025, 12, 31)));
		var util = this.entityManager.getEntityManagerFactory().getPersistenceUnitUtil();
		assertThat(latest).allSatisfy((p) -> {
			assertThat(util.isLoaded(p, "actor")).isTrue();
			assertThat(util.isLoaded(p.getActor(), "name")).isTrue();
			assertThat(util.isLoaded(p, "source")).isTrue();
			assertThat(util.isLoaded(p.getSource(), "title")).isTrue();
			assertThat(util.isLoaded(p, "conditions")).isTrue();
		});
	}

	@Test
	void conditionsAreLoadedInTheirOwnOrderWhateverOrderTheRowsComeIn() {
		Position maybe = ours(
				this.positions.findLatestByTopic(Topic.TROOPS_SLUG, ActorKind.COUNTRY, LocalDate.of(2025, 12, 31)))
			.stream()
			.filter((p) -> p.getActor().getSlug().equals("test-beta"))
			.findFirst()
			.orElseThrow();
		List<Condition> reversed = new ArrayList<>(List.of(Condition.values()));
		Collections.reverse(reversed);
		maybe.getConditions().addAll(reversed);
		this.entityManager.flush();
		this.entityManager.clear();
		// A hash set (what Hibernate made before) iterates in an order that changes from
		// one JVM to the next, and the pages listed the conditions in that order.
		assertThat(this.positions.findById(maybe.getId()).orElseThrow().getConditions())
			.containsExactly(Condition.values());
		this.entityManager.clear();
		assertThat(
				this.positions.fetchConditions(List.of(this.entityManager.getReference(Position.class, maybe.getId()))))
			.singleElement()
			.satisfies((p) -> assertThat(p.getConditions()).containsExactly(Condition.values()));
	}

	private List<Position> ours(List<Position> all) {
		return all.stream().filter((p) -> p.getActor().getSlug().startsWith("test-")).toList();
	}

	private <T> T persist(T entity) {
		this.entityManager.persist(entity);
		return entity;
	}

}
