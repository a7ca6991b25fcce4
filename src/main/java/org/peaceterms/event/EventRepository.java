package org.peaceterms.event;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Reads and stores {@link Event}s. */
public interface EventRepository extends JpaRepository<Event, Long> {

	Optional<Event> findBySlug(String slug);

	/** The latest events that had begun by a date, newest first (dashboard). */
	@Query("""
			select e from Event e where e.retired = false and e.startsOn <= :until
			order by e.startsOn desc, e.id desc
			""")
	List<Event> findRecent(LocalDate until, Pageable page);

}
