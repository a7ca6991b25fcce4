package org.peaceterms.proposal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.peaceterms.actor.Actor;
import org.peaceterms.shared.IdCount;
import org.peaceterms.source.Source;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Reads and stores {@link Proposal}s. */
public interface ProposalRepository extends JpaRepository<Proposal, Long> {

	Optional<Proposal> findBySlug(String slug);

	/**
	 * The proposals still on record, newest first, with proposers and sources for the
	 * listing. A query of its own rather than an entity graph: Hibernate cannot keep the
	 * translated SQL of a query with an entity graph, and translated it again on every
	 * page that lists the proposals (about 4 % of the overview's CPU before).
	 */
	@Query("""
			select p from Proposal p left join fetch p.proposers left join fetch p.sources
			where p.retired = false
			order by p.presentedOn desc, p.title
			""")
	List<Proposal> findByRetiredFalseOrderByPresentedOnDescTitle();

	/** A page of the proposals on record presented by {@code asOf} (JSON API). */
	Page<Proposal> findByRetiredFalseAndPresentedOnLessThanEqual(LocalDate asOf, Pageable pageable);

	/** The proposals an actor proposed, presented by {@code asOf}, newest first. */
	@Query("""
			select p from Proposal p join p.proposers a
			where a = :actor and p.retired = false and p.presentedOn <= :asOf
			  and exists (select 1 from p.sources ks where ks.publishedOn <= :asOf)
			order by p.presentedOn desc, p.title
			""")
	List<Proposal> findByProposer(Actor actor, LocalDate asOf);

	/**
	 * The proposals that supersede or derive from {@code proposal}, presented by
	 * {@code asOf}: the later links of its lineage.
	 */
	@Query("""
			select p from Proposal p
			where (p.supersedes = :proposal or p.derivedFrom = :proposal)
			  and p.retired = false and p.presentedOn <= :asOf
			  and exists (select 1 from p.sources ks where ks.publishedOn <= :asOf)
			order by p.presentedOn, p.title
			""")
	List<Proposal> findSuccessors(Proposal proposal, LocalDate asOf);

	/** The proposals presented at an event, on record by {@code asOf}, with the event. */
	@Query("""
			select p from Proposal p join fetch p.presentedAt e
			where p.retired = false and e.retired = false and p.presentedOn <= :asOf
			  and exists (select 1 from p.sources ks where ks.publishedOn <= :asOf)
			order by p.presentedOn, p.title
			""")
	List<Proposal> findPresentedAtEvents(LocalDate asOf);

	/** The proposals a source reports, presented by {@code asOf}. */
	@Query("""
			select p from Proposal p join p.sources s
			where s = :source and p.retired = false and p.presentedOn <= :asOf
			  and exists (select 1 from p.sources ks where ks.publishedOn <= :asOf)
			order by p.presentedOn desc, p.title
			""")
	List<Proposal> findBySource(Source source, LocalDate asOf);

	/** How many proposals presented by {@code asOf} cite each source. */
	@Query("""
			select new org.peaceterms.shared.IdCount(s.id, count(p)) from Proposal p join p.sources s
			where p.retired = false and p.presentedOn <= :asOf
			  and exists (select 1 from p.sources ks where ks.publishedOn <= :asOf)
			group by s.id
			""")
	List<IdCount> countBySource(LocalDate asOf);

	/**
	 * How many proposals presented by {@code asOf} cite each of {@code sources}: the
	 * counts of one page of the sources list.
	 */
	@Query("""
			select new org.peaceterms.shared.IdCount(s.id, count(p)) from Proposal p join p.sources s
			where p.retired = false and p.presentedOn <= :asOf
			  and exists (select 1 from p.sources ks where ks.publishedOn <= :asOf)
			  and s.id in :sources
			group by s.id
			""")
	List<IdCount> countBySource(LocalDate asOf, Collection<Long> sources);

}
