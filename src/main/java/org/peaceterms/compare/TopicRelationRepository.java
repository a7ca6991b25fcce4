package org.peaceterms.compare;

import java.util.List;
import org.peaceterms.proposal.Proposal;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

/** Reads and stores editors' {@link TopicRelation}s. */
public interface TopicRelationRepository
		extends JpaRepository<TopicRelation, Long>, JpaSpecificationExecutor<TopicRelation> {

	/**
	 * The relations editors set between two proposals, in either order (the caller flips
	 * the one-sided verdicts of a pair stored the other way round).
	 */
	@Query("""
			select r from TopicRelation r join fetch r.topic join fetch r.left join fetch r.right
			where r.retired = false
			  and ((r.left = :first and r.right = :second) or (r.left = :second and r.right = :first))
			""")
	List<TopicRelation> findBetween(Proposal first, Proposal second);

}
