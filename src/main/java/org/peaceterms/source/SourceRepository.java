package org.peaceterms.source;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Reads and stores {@link Source}s. */
public interface SourceRepository extends JpaRepository<Source, Long> {

	Optional<Source> findBySlug(String slug);

	List<Source> findByRetiredFalseOrderByPublishedOnDesc();

}
