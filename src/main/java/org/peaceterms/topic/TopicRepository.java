package org.peaceterms.topic;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

/** Reads and stores {@link Topic}s. */
public interface TopicRepository extends JpaRepository<Topic, Long> {

	Optional<Topic> findBySlug(String slug);

	List<Topic> findByRetiredFalseOrderBySortOrder();

	/** A page of the topics on record (JSON API). */
	Page<Topic> findByRetiredFalse(Pageable pageable);

}
