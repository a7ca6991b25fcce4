package org.peaceterms.commitment;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.peaceterms.actor.Actor;
import org.peaceterms.shared.IdCount;
import org.peaceterms.source.Source;
import org.peaceterms.topic.Topic;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

/**
 * Reads and stores {@link Commitment}s. A commitment is on record from the day it was
 * made.
 */
public interface CommitmentRepository extends JpaRepository<Commitment, Long>, JpaSpecificationExecutor<Commitment> {

	/** An actor's commitments made by {@code asOf}, newest first, with their topics. */
	@Query("""
			select c from Commitment c join fetch c.topic
			where c.actor = :actor and c.retired = false and c.madeOn <= :asOf
			  and exists (select 1 from c.sources ks where ks.publishedOn <= :asOf)
			order by c.madeOn desc, c.id
			""")
	List<Commitment> findByActor(Actor actor, LocalDate asOf);

	/**
	 * The newest commitments on a topic made by {@code asOf} (as many as {@code page}
	 * holds), newest first, with their actors.
	 */
	@Query("""
			select c from Commitment c join fetch c.actor
			where c.topic = :topic and c.retired = false and c.madeOn <= :asOf
			  and exists (select 1 from c.sources ks where ks.publishedOn <= :asOf)
			order by c.madeOn desc, c.id
			""")
	List<Commitment> findByTopic(Topic topic, LocalDate asOf, Pageable page);

	/** How many commitments on a topic were made by {@code asOf}. */
	@Query("""
			select count(c) from Commitment c
			where c.topic = :topic and c.retired = false and c.madeOn <= :asOf
			  and exists (select 1 from c.sources ks where ks.publishedOn <= :asOf)
			""")
	long countByTopic(Topic topic, LocalDate asOf);

	/** The commitments a source reports, made by {@code asOf}. */
	@Query("""
			select c from Commitment c join fetch c.actor join fetch c.topic join c.sources s
			where s = :source and c.retired = false and c.madeOn <= :asOf
			  and exists (select 1 from c.sources ks where ks.publishedOn <= :asOf)
			order by c.madeOn desc, c.id
			""")
	List<Commitment> findBySource(Source source, LocalDate asOf);

	/** How many commitments made by {@code asOf} cite each source. */
	@Query("""
			select new org.peaceterms.shared.IdCount(s.id, count(c)) from Commitment c join c.sources s
			where c.retired = false and c.madeOn <= :asOf
			  and exists (select 1 from c.sources ks where ks.publishedOn <= :asOf)
			group by s.id
			""")
	List<IdCount> countBySource(LocalDate asOf);

	/**
	 * How many commitments made by {@code asOf} cite each of {@code sources}: the counts
	 * of one page of the sources list.
	 */
	@Query("""
			select new org.peaceterms.shared.IdCount(s.id, count(c)) from Commitment c join c.sources s
			where c.retired = false and c.madeOn <= :asOf
			  and exists (select 1 from c.sources ks where ks.publishedOn <= :asOf)
			  and s.id in :sources
			group by s.id
			""")
	List<IdCount> countBySource(LocalDate asOf, Collection<Long> sources);

	/**
	 * Every commitment made up to a date, with actor, topic, sources and conditions
	 * loaded in one statement, by actor name and date.
	 */
	@Query("""
			select distinct c from Commitment c join fetch c.actor a join fetch c.topic
			  left join fetch c.sources left join fetch c.conditions
			where c.retired = false and a.retired = false and c.madeOn <= :until
			  and exists (select 1 from c.sources ks where ks.publishedOn <= :until)
			order by a.name, a.id, c.madeOn, c.id
			""")
	List<Commitment> findUpTo(LocalDate until);

}
