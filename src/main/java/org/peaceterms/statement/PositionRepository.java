package org.peaceterms.statement;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.peaceterms.actor.Actor;
import org.peaceterms.actor.ActorKind;
import org.peaceterms.shared.IdCount;
import org.peaceterms.source.Source;
import org.peaceterms.topic.Topic;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

/**
 * Reads and stores {@link Position}s. A position is on record from the day it takes
 * effect.
 */
public interface PositionRepository extends JpaRepository<Position, Long>, JpaSpecificationExecutor<Position> {

	/**
	 * Each actor's latest position on a topic as of a date, with actor, source and
	 * conditions loaded. Where an actor has two positions on its latest date, both are
	 * returned (the caller picks).
	 */
	@Query("""
			select distinct p from Position p join fetch p.actor a join fetch p.source left join fetch p.conditions
			where p.topic.slug = :topicSlug and a.kind = :kind and p.retired = false and a.retired = false
			  and p.validFrom <= :asOf and p.source.publishedOn <= :asOf
			  and p.validFrom = (select max(q.validFrom) from Position q
			      where q.actor = p.actor and q.topic = p.topic and q.retired = false and q.validFrom <= :asOf and q.source.publishedOn <= :asOf)
			order by a.name, p.id
			""")
	List<Position> findLatestByTopic(String topicSlug, ActorKind kind, LocalDate asOf);

	/**
	 * The positions on record of the given actors on the given topics, in date order then
	 * entry order: the histories {@link StanceHistory} reads previous stances from.
	 */
	@Query("""
			select p from Position p
			where p.retired = false and p.actor in :actors and p.topic in :topics
			order by p.validFrom, p.id
			""")
	List<Position> findHistories(Collection<Actor> actors, Collection<Topic> topics);

	/**
	 * An actor's positions taking effect by {@code asOf}, topic by topic, each topic's in
	 * time order, with topic and source loaded.
	 */
	@Query("""
			select p from Position p join fetch p.topic t join fetch p.source
			where p.actor = :actor and p.retired = false and p.validFrom <= :asOf and p.source.publishedOn <= :asOf
			order by t.sortOrder, p.validFrom, p.id
			""")
	List<Position> findByActor(Actor actor, LocalDate asOf);

	/**
	 * Every actor's positions on a topic taking effect by {@code asOf}, actor by actor,
	 * each actor's in time order, with actor and source loaded.
	 */
	@Query("""
			select p from Position p join fetch p.actor a join fetch p.source
			where p.topic = :topic and p.retired = false and a.retired = false and p.validFrom <= :asOf and p.source.publishedOn <= :asOf
			order by a.name, p.validFrom, p.id
			""")
	List<Position> findByTopic(Topic topic, LocalDate asOf);

	/** The positions a source supports, taking effect by {@code asOf}. */
	@Query("""
			select p from Position p join fetch p.actor join fetch p.topic
			where p.source = :source and p.retired = false and p.validFrom <= :asOf and p.source.publishedOn <= :asOf
			order by p.validFrom desc, p.id
			""")
	List<Position> findBySource(Source source, LocalDate asOf);

	/** How many positions taking effect by {@code asOf} cite each source. */
	@Query("""
			select new org.peaceterms.shared.IdCount(p.source.id, count(p)) from Position p
			where p.retired = false and p.validFrom <= :asOf and p.source.publishedOn <= :asOf
			group by p.source.id
			""")
	List<IdCount> countBySource(LocalDate asOf);

	/**
	 * How many positions taking effect by {@code asOf} cite each of {@code sources}: the
	 * counts of one page of the sources list.
	 */
	@Query("""
			select new org.peaceterms.shared.IdCount(p.source.id, count(p)) from Position p
			where p.retired = false and p.validFrom <= :asOf and p.source.publishedOn <= :asOf
			  and p.source.id in :sources
			group by p.source.id
			""")
	List<IdCount> countBySource(LocalDate asOf, Collection<Long> sources);

	/** How many positions taking effect by {@code asOf} each topic has. */
	@Query("""
			select new org.peaceterms.shared.IdCount(p.topic.id, count(p)) from Position p
			where p.retired = false and p.validFrom <= :asOf and p.source.publishedOn <= :asOf
			group by p.topic.id
			""")
	List<IdCount> countByTopic(LocalDate asOf);

	/** How many positions taking effect by {@code asOf} each actor has. */
	@Query("""
			select new org.peaceterms.shared.IdCount(p.actor.id, count(p)) from Position p
			where p.retired = false and p.validFrom <= :asOf and p.source.publishedOn <= :asOf
			group by p.actor.id
			""")
	List<IdCount> countByActor(LocalDate asOf);
	// Timelines (analyst pages)
	// ---------------------------------------------------------------

	/**
	 * Every position on a topic taken by an actor of the given kinds up to a date, with
	 * actor and source loaded, ordered by actor, date and entry.
	 */
	@Query("""
			select p from Position p join fetch p.actor a join fetch p.source
			where p.topic = :topic and a.kind in :kinds and p.retired = false and a.retired = false
			  and p.validFrom <= :until and p.source.publishedOn <= :until
			order by a.name, a.id, p.validFrom, p.id
			""")
	List<Position> findTimeline(Topic topic, Collection<ActorKind> kinds, LocalDate until);

	/**
	 * The given positions with their conditions and evidence statements, each with
	 * speaker, on whose behalf and source: one query for a whole timeline.
	 */
	@Query("""
			select distinct p from Position p left join fetch p.conditions left join fetch p.evidence e
			  left join fetch e.speaker
			  left join fetch e.onBehalfOf left join fetch e.source
			where p in :positions
			""")
	List<Position> fetchEvidence(Collection<Position> positions);

	/**
	 * The given positions with their conditions: one query however many there are (batch
	 * fetching would take one per hundred).
	 */
	@Query("""
			select distinct p from Position p left join fetch p.conditions
			where p in :positions
			""")
	List<Position> fetchConditions(Collection<Position> positions);

	/**
	 * The latest changes of level up to a date, newest first, computed by the database:
	 * of an actor's positions on a topic on one day the one entered last counts, and a
	 * change is a counted position whose previous counted position on the topic had
	 * another level. Only positions whose source was published by the date count. Each
	 * row is the position's id and the previous level's name. {@code actorId} and
	 * {@code topicId} -1 mean every actor and every topic.
	 */
	@Query(nativeQuery = true, value = """
			with kept as (
			  select p.id, p.actor_id, p.topic_id, p.stance, p.valid_from,
			    row_number() over (partition by p.actor_id, p.topic_id, p.valid_from order by p.id desc) as nth
			  from actor_position p join actor a on a.id = p.actor_id join topic t on t.id = p.topic_id
			    join source s on s.id = p.source_id
			  where p.retired = false and a.retired = false and t.retired = false and p.valid_from <= :until
			    and s.published_on <= :until
			    and (:actorId = -1 or p.actor_id = :actorId) and (:topicId = -1 or p.topic_id = :topicId)
			), counted as (
			  select id, stance, valid_from,
			    lag(stance) over (partition by actor_id, topic_id order by valid_from) as previous
			  from kept where nth = 1
			)
			select id, previous from counted
			where previous is not null and previous <> stance
			order by valid_from desc, id desc
			limit :limit
			""")
	List<Object[]> findLatestChanges(LocalDate until, long actorId, long topicId, int limit);

	/** The given positions with actor, topic and source loaded. */
	@Query("""
			select p from Position p join fetch p.actor join fetch p.topic join fetch p.source
			where p.id in :ids
			""")
	List<Position> findForChanges(Collection<Long> ids);

}
