package org.peaceterms.event;

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

/** Reads and stores {@link Event}s. */
public interface EventRepository extends JpaRepository<Event, Long> {

	Optional<Event> findBySlug(String slug);

	/**
	 * A page of the events on record starting between two dates, both inclusive (JSON
	 * API).
	 */
	Page<Event> findByRetiredFalseAndStartsOnBetween(LocalDate from, LocalDate to, Pageable pageable);

	/** The latest events that had begun by a date, newest first (dashboard). */
	@Query("""
			select e from Event e where e.retired = false and e.startsOn <= :until
			  and e.status in (org.peaceterms.event.EventStatus.HELD, org.peaceterms.event.EventStatus.UNCONFIRMED)
			  and exists (select 1 from e.sources ks where ks.publishedOn <= :until)
			order by e.startsOn desc, e.id desc
			""")
	List<Event> findRecent(LocalDate until, Pageable page);

	/**
	 * The events on record by a date as scheduled (not known to have happened), soonest
	 * first (dashboard).
	 */
	@Query("""
			select e from Event e where e.retired = false
			  and e.status = org.peaceterms.event.EventStatus.SCHEDULED
			  and exists (select 1 from e.sources ks where ks.publishedOn <= :until)
			order by e.startsOn, e.id
			""")
	List<Event> findScheduled(LocalDate until, Pageable page);

	/** The events on record by {@code asOf}, newest first, with their participants. */
	@Query("""
			select distinct e from Event e left join fetch e.participants
			where e.retired = false and (e.startsOn <= :asOf or e.status = org.peaceterms.event.EventStatus.SCHEDULED)
			  and exists (select 1 from e.sources ks where ks.publishedOn <= :asOf)
			order by e.startsOn desc, e.name
			""")
	List<Event> findAllAsOf(LocalDate asOf);

	/**
	 * The events on record by {@code asOf} with their sources: run after
	 * {@link #findAllAsOf} in the same transaction, it loads the second collection with
	 * one more query instead of one per hundred events.
	 */
	@Query("""
			select distinct e from Event e left join fetch e.sources
			where e.retired = false and (e.startsOn <= :asOf or e.status = org.peaceterms.event.EventStatus.SCHEDULED)
			  and exists (select 1 from e.sources ks where ks.publishedOn <= :asOf)
			""")
	List<Event> findAllAsOfWithSources(LocalDate asOf);

	/** The events an actor took part in by {@code asOf}, newest first. */
	@Query("""
			select e from Event e join e.participants a
			where a = :actor and e.retired = false and (e.startsOn <= :asOf or e.status = org.peaceterms.event.EventStatus.SCHEDULED)
			  and exists (select 1 from e.sources ks where ks.publishedOn <= :asOf)
			order by e.startsOn desc, e.name
			""")
	List<Event> findByParticipant(Actor actor, LocalDate asOf);

	/** The events a source reports, by {@code asOf}, newest first. */
	@Query("""
			select e from Event e join e.sources s
			where s = :source and e.retired = false and (e.startsOn <= :asOf or e.status = org.peaceterms.event.EventStatus.SCHEDULED)
			  and exists (select 1 from e.sources ks where ks.publishedOn <= :asOf)
			order by e.startsOn desc, e.name
			""")
	List<Event> findBySource(Source source, LocalDate asOf);

	/** How many events on record by {@code asOf} cite each source. */
	@Query("""
			select new org.peaceterms.shared.IdCount(s.id, count(e)) from Event e join e.sources s
			where e.retired = false and (e.startsOn <= :asOf or e.status = org.peaceterms.event.EventStatus.SCHEDULED)
			  and exists (select 1 from e.sources ks where ks.publishedOn <= :asOf)
			group by s.id
			""")
	List<IdCount> countBySource(LocalDate asOf);

	/**
	 * How many events on record by {@code asOf} cite each of {@code sources}: the counts
	 * of one page of the sources list.
	 */
	@Query("""
			select new org.peaceterms.shared.IdCount(s.id, count(e)) from Event e join e.sources s
			where e.retired = false and (e.startsOn <= :asOf or e.status = org.peaceterms.event.EventStatus.SCHEDULED)
			  and exists (select 1 from e.sources ks where ks.publishedOn <= :asOf)
			  and s.id in :sources
			group by s.id
			""")
	List<IdCount> countBySource(LocalDate asOf, Collection<Long> sources);

}
