package org.peaceterms.compare;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

/** Reads and stores {@link TopicRelation}s. */
public interface TopicRelationRepository
		extends JpaRepository<TopicRelation, Long>, JpaSpecificationExecutor<TopicRelation> {

}
