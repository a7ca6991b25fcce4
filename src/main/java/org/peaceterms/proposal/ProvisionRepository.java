package org.peaceterms.proposal;

import java.util.Collection;
import java.util.List;
import org.peaceterms.topic.Topic;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

/** Reads and stores {@link Provision}s. */
public interface ProvisionRepository extends JpaRepository<Provision, Long>, JpaSpecificationExecutor<Provision> {

	@Query("""
			select distinct p from Provision p join fetch p.topic left join fetch p.sources
			where p.proposal = :proposal and p.retired = false
			order by p.number
			""")
	List<Provision> findByProposal(Proposal proposal);

	/**
	 * The provisions on record of the given proposals on the given topics, with topic and
	 * proposal: what the compare relations of the JSON API show on each side.
	 */
	@Query("""
			select p from Provision p join fetch p.topic join fetch p.proposal
			where p.proposal in :proposals and p.topic in :topics and p.retired = false
			order by p.number, p.id
			""")
	List<Provision> findByProposalsAndTopics(Collection<Proposal> proposals, Collection<Topic> topics);

}
