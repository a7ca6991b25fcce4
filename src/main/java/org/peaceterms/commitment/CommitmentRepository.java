package org.peaceterms.commitment;

import org.springframework.data.jpa.repository.JpaRepository;

/** Reads and stores {@link Commitment}s. */
public interface CommitmentRepository extends JpaRepository<Commitment, Long> {

}
