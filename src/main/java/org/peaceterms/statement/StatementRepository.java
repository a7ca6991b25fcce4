package org.peaceterms.statement;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.peaceterms.actor.Actor;
import org.peaceterms.shared.IdCount;
import org.peaceterms.source.Source;
import org.peaceterms.topic.Topic;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

/**
 * Reads and stores {@link Statement}s. A statement is on record from the day it was said.
 * The search with filters and pages is {@link StatementCriteria}.
 */
public interface StatementRepository
		extends JpaRepository<Statement, Long>, JpaSpecificationExecutor<Statement>, StatementStreams {

	/** How many statements a page of a list shows, on every page that lists them. */
	int PAGE_SIZE = 25;

	/** The ids of the statements said by {@code :actor} or on its behalf (HQL). */
	String BY_ACTOR = """
			select x.id from Statement x where x.speaker = :actor
			union select y.id from Statement y where y.onBehalfOf = :actor""";

	/**
	 * The {@code page}th page (from 1) of the statements {@code criteria} find, newest or
	 * most relevant first, with the number found in all; a page past the end is empty.
	 */
	default Page<Statement> search(StatementCriteria criteria, int page, boolean byRelevance) {
		return byRelevance ? findAll(criteria.byRelevance(), PageRequest.of(page - 1, PAGE_SIZE)) : findAll(
				criteria.specification(), PageRequest.of(page - 1, PAGE_SIZE, StatementCriteria.NEWEST_FIRST));
	}

	/**
	 * Every statement {@code criteria} find (at most {@code limit}), in the order of
	 * {@link #search}.
	 */
	default List<Statement> searchAll(StatementCriteria criteria, boolean byRelevance, int limit) {
		return byRelevance ? findAll(criteria.byRelevance(), PageRequest.of(0, limit)).getContent() : findBy(
				criteria.specification(), (query) -> query.sortBy(StatementCriteria.NEWEST_FIRST).limit(limit).all());
	}

	/**
	 * The topics' slugs of the given statements, each statement's in topic order, as
	 * pairs of statement id and slug: one query for a whole download by relevance (at
	 * most a thousand).
	 */
	@Query("""
			select s.id, t.slug from Statement s join s.topics t
			where s.id in :ids
			order by t.sortOrder, t.id
			""")
	List<Object[]> findTopicSlugs(Collection<Long> ids);

	/**
	 * What an actor said or had said on its behalf by {@code asOf}, newest first, with
	 * speaker, on-behalf-of and source loaded. The statements are found through the
	 * speaker and on-behalf-of indexes (a union of the two), not by {@code s.speaker =
	 * :actor or s.onBehalfOf = :actor}, which H2 answers by walking every statement in
	 * date order until it has a page: all 100,000 of them for an actor who said a few
	 * things.
	 */
	@Query(value = """
			select s from Statement s left join fetch s.speaker left join fetch s.onBehalfOf join fetch s.source
			where s.id in (""" + BY_ACTOR + """
			) and s.retired = false and s.saidOn <= :asOf and s.source.publishedOn <= :asOf
			order by s.saidOn desc, s.id desc
			""", countQuery = """
			select count(s) from Statement s
			where s.id in (""" + BY_ACTOR + """
			) and s.retired = false and s.saidOn <= :asOf and s.source.publishedOn <= :asOf
			""")
	Page<Statement> findByActor(Actor actor, LocalDate asOf, Pageable page);

	/** The statements tagged with a topic by {@code asOf}, newest first. */
	@Query(value = """
			select s from Statement s left join fetch s.speaker left join fetch s.onBehalfOf join fetch s.source
			where :topic member of s.topics and s.retired = false and s.saidOn <= :asOf and s.source.publishedOn <= :asOf
			order by s.saidOn desc, s.id desc
			""",
			countQuery = """
					select count(s) from Statement s
					where :topic member of s.topics and s.retired = false and s.saidOn <= :asOf and s.source.publishedOn <= :asOf
					""")
	Page<Statement> findByTopic(Topic topic, LocalDate asOf, Pageable page);

	/** The statements a source reports, said by {@code asOf}, newest first. */
	@Query(value = """
			select s from Statement s left join fetch s.speaker left join fetch s.onBehalfOf
			where s.source = :source and s.retired = false and s.saidOn <= :asOf and s.source.publishedOn <= :asOf
			order by s.saidOn desc, s.id desc
			""", countQuery = """
			select count(s) from Statement s
			where s.source = :source and s.retired = false and s.saidOn <= :asOf and s.source.publishedOn <= :asOf
			""")
	Page<Statement> findBySource(Source source, LocalDate asOf, Pageable page);

	/** How many statements said by {@code asOf} cite each source. */
	@Query("""
			select new org.peaceterms.shared.IdCount(s.source.id, count(s)) from Statement s
			where s.retired = false and s.saidOn <= :asOf and s.source.publishedOn <= :asOf
			group by s.source.id
			""")
	List<IdCount> countBySource(LocalDate asOf);

	/**
	 * How many statements said by {@code asOf} cite each of {@code sources}: the counts
	 * of one page of the sources list.
	 */
	@Query("""
			select new org.peaceterms.shared.IdCount(s.source.id, count(s)) from Statement s
			where s.retired = false and s.saidOn <= :asOf and s.source.publishedOn <= :asOf
			  and s.source.id in :sources
			group by s.source.id
			""")
	List<IdCount> countBySource(LocalDate asOf, Collection<Long> sources);

	/** How many statements said by {@code asOf} carry each topic. */
	@Query("""
			select new org.peaceterms.shared.IdCount(t.id, count(s)) from Statement s join s.topics t
			where s.retired = false and s.saidOn <= :asOf and s.source.publishedOn <= :asOf
			group by t.id
			""")
	List<IdCount> countByTopic(LocalDate asOf);

	/** How many statements each speaker made by {@code asOf}. */
	@Query("""
			select new org.peaceterms.shared.IdCount(s.speaker.id, count(s)) from Statement s
			where s.retired = false and s.saidOn <= :asOf and s.source.publishedOn <= :asOf
			group by s.speaker.id
			""")
	List<IdCount> countBySpeaker(LocalDate asOf);

	/**
	 * How many statements others made on each actor's behalf by {@code asOf} (a country
	 * speaking for itself is counted by {@link #countBySpeaker} only).
	 */
	@Query("""
			select new org.peaceterms.shared.IdCount(s.onBehalfOf.id, count(s)) from Statement s
			where s.retired = false and s.saidOn <= :asOf and s.source.publishedOn <= :asOf and s.onBehalfOf <> s.speaker
			group by s.onBehalfOf.id
			""")
	List<IdCount> countOnBehalfOf(LocalDate asOf);

	/**
	 * The latest statements said up to a date, newest first, with speaker, on whose
	 * behalf and source loaded; the page says how many.
	 */
	@Query("""
			select s from Statement s left join fetch s.speaker left join fetch s.onBehalfOf join fetch s.source
			where s.retired = false and s.saidOn <= :until and s.source.publishedOn <= :until
			order by s.saidOn desc, s.id desc
			""")
	List<Statement> findLatest(LocalDate until, Pageable page);

	/**
	 * A statement on record with everything its page shows: speaker, on whose behalf,
	 * source, event, provision with its proposal, and topics.
	 */
	@Query("""
			select s from Statement s left join fetch s.speaker join fetch s.source left join fetch s.onBehalfOf
			  left join fetch s.event left join fetch s.provision pr left join fetch pr.proposal
			  left join fetch s.topics
			where s.id = :id and s.retired = false
			""")
	Optional<Statement> findForPage(long id);

}
