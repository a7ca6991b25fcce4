package org.peaceterms.proposal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Reads and stores {@link Provision}s. */
public interface ProvisionRepository extends JpaRepository<Provision, Long> {

	@Query("""
			select distinct p from Provision p join fetch p.topic left join fetch p.sources
			where p.proposal = :proposal and p.retired = false
			order by p.number
			""")
	List<Provision> findByProposal(Proposal proposal);

	/** Every provision on record with its proposal, for pickers. */
	@Query("""
			select p from Provision p join fetch p.proposal pr
			where p.retired = false
			order by pr.presentedOn desc, pr.id, p.number
			""")
	List<Provision> findAllWithProposal();

}
