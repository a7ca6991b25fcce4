package org.peaceterms.proposal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.peaceterms.actor.Actor;
import org.peaceterms.shared.IdCount;
import org.peaceterms.source.Source;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * Reads and stores {@link Endorsement}s. An endorsement without a date counts from the
 * day its proposal was presented.
 */
public interface EndorsementRepository extends JpaRepository<Endorsement, Long> {

	@Query("""
			select e from Endorsement e join fetch e.actor join fetch e.source
			where e.proposal = :proposal and e.retired = false
			order by e.actor.name
			""")
	List<Endorsement> findByProposal(Proposal proposal);

	/** An actor's endorsements of proposals on record by {@code asOf}, newest first. */
	@Query("""
			select e from Endorsement e join fetch e.proposal p join fetch e.source
			where e.actor = :actor and e.retired = false and p.retired = false
			  and coalesce(e.endorsedOn, p.presentedOn) <= :asOf
			order by coalesce(e.endorsedOn, p.presentedOn) desc, p.title
			""")
	List<Endorsement> findByActor(Actor actor, LocalDate asOf);

	/** The endorsements a source reports, by {@code asOf}. */
	@Query("""
			select e from Endorsement e join fetch e.proposal p join fetch e.actor
			where e.source = :source and e.retired = false and p.retired = false
			  and coalesce(e.endorsedOn, p.presentedOn) <= :asOf
			order by p.title, e.actor.name
			""")
	List<Endorsement> findBySource(Source source, LocalDate asOf);

	/** How many endorsements on record by {@code asOf} cite each source. */
	@Query("""
			select new org.peaceterms.shared.IdCount(e.source.id, count(e)) from Endorsement e join e.proposal p
			where e.retired = false and p.retired = false and coalesce(e.endorsedOn, p.presentedOn) <= :asOf
			group by e.source.id
			""")
	List<IdCount> countBySource(LocalDate asOf);

	/**
	 * How many endorsements on record by {@code asOf} cite each of {@code sources}: the
	 * counts of one page of the sources list.
	 */
	@Query("""
			select new org.peaceterms.shared.IdCount(e.source.id, count(e)) from Endorsement e join e.proposal p
			where e.retired = false and p.retired = false and coalesce(e.endorsedOn, p.presentedOn) <= :asOf
			  and e.source.id in :sources
			group by e.source.id
			""")
	List<IdCount> countBySource(LocalDate asOf, Collection<Long> sources);

}
