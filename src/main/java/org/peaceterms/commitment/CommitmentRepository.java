package org.peaceterms.commitment;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

/** Reads and stores {@link Commitment}s. */
public interface CommitmentRepository extends JpaRepository<Commitment, Long>, JpaSpecificationExecutor<Commitment> {

}
