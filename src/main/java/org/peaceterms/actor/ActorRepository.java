package org.peaceterms.actor;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

/** Reads and stores {@link Actor}s. */
public interface ActorRepository extends JpaRepository<Actor, Long> {

	Optional<Actor> findBySlug(String slug);

	List<Actor> findByKindAndRetiredFalseOrderByName(ActorKind kind);

	/** Every actor on record that is not a person: who a person can speak for. */
	List<Actor> findByKindNotAndRetiredFalseOrderByName(ActorKind kind);

	/** A person (or other actor) by name, as an editor types it. */
	Optional<Actor> findFirstByKindAndNameIgnoreCaseAndRetiredFalse(ActorKind kind, String name);

	/**
	 * Actors of a kind whose name contains {@code part}, ignoring case ("merz" finds
	 * Friedrich Merz), by name; the editors' speaker field uses it.
	 */
	List<Actor> findByKindAndNameContainingIgnoreCaseAndRetiredFalseOrderByName(ActorKind kind, String part);

	/** An actor of any kind by its name, as typed in the statement form. */
	Optional<Actor> findFirstByNameIgnoreCaseAndRetiredFalse(String name);

	/** A page of the actors on record (JSON API). */
	Page<Actor> findByRetiredFalse(Pageable pageable);

	/** A page of the actors of one kind on record (JSON API). */
	Page<Actor> findByKindAndRetiredFalse(ActorKind kind, Pageable pageable);

	/** Every actor on record, by name. */
	List<Actor> findByRetiredFalseOrderByName();

}
