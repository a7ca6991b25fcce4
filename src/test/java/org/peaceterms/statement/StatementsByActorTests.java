package org.peaceterms.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.peaceterms.actor.Actor;
import org.peaceterms.actor.ActorRepository;
import org.peaceterms.bench.DataGenerator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * An actor's statements (the actor page's list, {@link StatementRepository#findByActor}),
 * found through the speaker and on-behalf-of indexes, are every statement the actor said
 * or had said on its behalf, on record at the date, newest first, each once, with the
 * right count: checked page by page against the plain SQL of that rule for every actor
 * (and the statements page filtered by country, {@link StatementCriteria}, which reads
 * the same), on the shipped data and on generated data in which some statements are said
 * on the speaker's own behalf, some retired and some reported by a source published
 * later. The same tests run on PostgreSQL ({@link StatementsByActorPostgresTests}).
 */
@DataJpaTest
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@DirtiesContext
class StatementsByActorTests {

	private static final List<LocalDate> DATES = List.of(LocalDate.of(2025, 2, 20), LocalDate.of(2025, 12, 16),
			LocalDate.of(2099, 12, 31));

	/** The rule, in SQL, as the page read it before it used the indexes. */
	private static final String RULE = """
			select s.id from statement s join source so on so.id = s.source_id
			where (s.speaker_id = ? or s.on_behalf_of_id = ?) and s.retired = false and s.said_on <= ?
			and so.published_on <= ? order by s.said_on desc, s.id desc""";

	@Autowired
	private StatementRepository statements;

	@Autowired
	private ActorRepository actors;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void everyActorsStatementsPageByPageAsTheRuleSays() {
		List<Actor> shipped = this.actors.findAll();
		assertThat(assertEach(shipped, 4)).as("statements compared on the shipped data").isGreaterThan(20);

		DataGenerator.generate(this.jdbc, 3_000, 20251219L);
		this.jdbc.update(
				"update statement set on_behalf_of_id = speaker_id where speaker_id is not null and mod(id, 9) = 0");
		this.jdbc.update("update statement set retired = true where mod(id, 13) = 0");
		this.jdbc.update("update source set published_on = date '2026-01-01' where mod(id, 17) = 0");
		assertThat(this.jdbc.queryForObject("select count(*) from statement where on_behalf_of_id = speaker_id",
				Integer.class))
			.as("statements said on the speaker's own behalf")
			.isPositive();
		// The shipped actors (few statements among thousands) and every fifth generated
		// one.
		List<Actor> sample = this.actors.findAll()
			.stream()
			.filter((actor) -> shipped.contains(actor) || actor.getId() % 10 == 0)
			.toList();
		assertThat(assertEach(sample, 25)).isGreaterThan(500);
	}

	private int assertEach(List<Actor> actors, int pageSize) {
		int compared = 0;
		for (Actor actor : actors) {
			for (LocalDate date : DATES) {
				List<Long> expected = this.jdbc.queryForList(RULE, Long.class, actor.getId(), actor.getId(),
						Date.valueOf(date), Date.valueOf(date));
				int pages = Math.max(1, (expected.size() + pageSize - 1) / pageSize);
				for (int page = 0; page < pages; page++) {
					Page<Statement> found = this.statements.findByActor(actor, date, PageRequest.of(page, pageSize));
					assertThat(found.getTotalElements()).as("%s at %s", actor.getSlug(), date)
						.isEqualTo(expected.size());
					assertThat(found.getContent()).extracting(Statement::getId)
						.as("%s at %s, page %d", actor.getSlug(), date, page)
						.containsExactlyElementsOf(
								expected.subList(page * pageSize, Math.min(expected.size(), (page + 1) * pageSize)));
				}
				// The statements page and the actor's feed filter by country the same
				// way.
				StatementCriteria byCountry = new StatementCriteria(null, null, actor, null, null, null, date);
				int size = StatementRepository.PAGE_SIZE;
				for (int page = 1; page <= Math.max(1, (expected.size() + size - 1) / size); page++) {
					Page<Statement> found = this.statements.search(byCountry, page, false);
					assertThat(found.getTotalElements()).as("country=%s at %s", actor.getSlug(), date)
						.isEqualTo(expected.size());
					assertThat(found.getContent()).extracting(Statement::getId)
						.as("country=%s at %s, page %d", actor.getSlug(), date, page)
						.containsExactlyElementsOf(
								expected.subList((page - 1) * size, Math.min(expected.size(), page * size)));
				}
				compared += expected.size();
			}
		}
		return compared;
	}

}
