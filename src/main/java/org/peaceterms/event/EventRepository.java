package org.peaceterms.event;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

/** Reads and stores {@link Event}s. */
public interface EventRepository extends JpaRepository<Event, Long> {

	Optional<Event> findBySlug(String slug);

	/**
	 * A page of the events on record starting between two dates, both inclusive (JSON
	 * API).
	 */
	Page<Event> findByRetiredFalseAndStartsOnBetween(LocalDate from, LocalDate to, Pageable pageable);

}
