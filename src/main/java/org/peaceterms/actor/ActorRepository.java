package org.peaceterms.actor;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Reads and stores {@link Actor}s. */
public interface ActorRepository extends JpaRepository<Actor, Long> {

	Optional<Actor> findBySlug(String slug);

	List<Actor> findByKindAndRetiredFalseOrderByName(ActorKind kind);

	/** Every actor on record, by name. */
	List<Actor> findByRetiredFalseOrderByName();

}
