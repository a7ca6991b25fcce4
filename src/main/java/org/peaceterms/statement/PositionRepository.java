package org.peaceterms.statement;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.peaceterms.actor.Actor;
import org.peaceterms.actor.ActorKind;
import org.peaceterms.topic.Topic;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

/** Reads and stores {@link Position}s. */
public interface PositionRepository extends JpaRepository<Position, Long>, JpaSpecificationExecutor<Position> {

	/**
	 * Each actor's latest position on a topic as of a date, with actor, source and
	 * conditions loaded. Where an actor has two positions on its latest date, both are
	 * returned (the caller picks).
	 */
	@Query("""
			select distinct p from Position p join fetch p.actor a join fetch p.source left join fetch p.conditions
			where p.topic.slug = :topicSlug and a.kind = :kind and p.retired = false and a.retired = false
			  and p.validFrom <= :asOf
			  and p.validFrom = (select max(q.validFrom) from Position q
			      where q.actor = p.actor and q.topic = p.topic and q.retired = false and q.validFrom <= :asOf)
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
	 * Every position on record taken by {@code asOf}, with actor, topic and source, in
	 * date order then entry order: where the site's Atom feed finds stance changes.
	 */
	@Query("""
			select p from Position p join fetch p.actor a join fetch p.topic join fetch p.source
			where p.retired = false and a.retired = false and p.validFrom <= :asOf
			order by p.validFrom, p.id
			""")
	List<Position> findHistoryUpTo(LocalDate asOf);

	/** One actor's positions for its own feed, as {@link #findHistoryUpTo}. */
	@Query("""
			select p from Position p join fetch p.actor join fetch p.topic join fetch p.source
			where p.retired = false and p.actor = :actor and p.validFrom <= :asOf
			order by p.validFrom, p.id
			""")
	List<Position> findHistoryOfUpTo(Actor actor, LocalDate asOf);

}
