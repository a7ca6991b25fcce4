package org.peaceterms.proposal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Reads and stores {@link Endorsement}s. */
public interface EndorsementRepository extends JpaRepository<Endorsement, Long> {

	@Query("""
			select e from Endorsement e join fetch e.actor join fetch e.source
			where e.proposal = :proposal and e.retired = false
			order by e.actor.name
			""")
	List<Endorsement> findByProposal(Proposal proposal);

}
