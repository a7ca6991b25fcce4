package org.peaceterms.proposal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

/** Reads and stores {@link Proposal}s. */
public interface ProposalRepository extends JpaRepository<Proposal, Long> {

	Optional<Proposal> findBySlug(String slug);

	/**
	 * The proposals still on record, newest first, with proposers and sources for the
	 * listing.
	 */
	@EntityGraph(attributePaths = { "proposers", "sources" })
	List<Proposal> findByRetiredFalseOrderByPresentedOnDescTitle();

	/** A page of the proposals on record presented by {@code asOf} (JSON API). */
	Page<Proposal> findByRetiredFalseAndPresentedOnLessThanEqual(LocalDate asOf, Pageable pageable);

}
