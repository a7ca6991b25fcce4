package org.peaceterms.source;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

/** Reads and stores {@link Source}s. */
public interface SourceRepository extends JpaRepository<Source, Long> {

	Optional<Source> findBySlug(String slug);

	List<Source> findByRetiredFalseOrderByPublishedOnDesc();

	/** A page of the sources on record published by {@code asOf} (JSON API). */
	Page<Source> findByRetiredFalseAndPublishedOnLessThanEqual(LocalDate asOf, Pageable pageable);

}
