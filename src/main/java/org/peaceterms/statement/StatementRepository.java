package org.peaceterms.statement;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

/** Reads and stores {@link Statement}s. */
public interface StatementRepository extends JpaRepository<Statement, Long>, JpaSpecificationExecutor<Statement> {

	/**
	 * A statement on record with everything its page shows: speaker, on whose behalf,
	 * source, event, provision with its proposal, and topics.
	 */
	@Query("""
			select s from Statement s join fetch s.speaker join fetch s.source left join fetch s.onBehalfOf
			  left join fetch s.event left join fetch s.provision pr left join fetch pr.proposal
			  left join fetch s.topics
			where s.id = :id and s.retired = false
			""")
	Optional<Statement> findForPage(long id);

}
