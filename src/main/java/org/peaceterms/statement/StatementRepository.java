package org.peaceterms.statement;

import org.springframework.data.jpa.repository.JpaRepository;

/** Reads and stores {@link Statement}s. */
public interface StatementRepository extends JpaRepository<Statement, Long> {

}
