package org.peaceterms.event;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Reads and stores {@link Event}s. */
public interface EventRepository extends JpaRepository<Event, Long> {

	Optional<Event> findBySlug(String slug);

}
