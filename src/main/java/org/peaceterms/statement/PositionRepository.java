package org.peaceterms.statement;

import java.time.LocalDate;
import java.util.List;
import org.peaceterms.actor.ActorKind;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Reads and stores {@link Position}s. */
public interface PositionRepository extends JpaRepository<Position, Long> {

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

}
