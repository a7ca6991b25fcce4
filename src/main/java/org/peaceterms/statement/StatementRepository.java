package org.peaceterms.statement;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Reads and stores {@link Statement}s. */
public interface StatementRepository extends JpaRepository<Statement, Long> {

	/**
	 * The latest statements said up to a date, newest first, with speaker, on whose
	 * behalf and source loaded; the page says how many.
	 */
	@Query("""
			select s from Statement s join fetch s.speaker left join fetch s.onBehalfOf join fetch s.source
			where s.retired = false and s.saidOn <= :until
			order by s.saidOn desc, s.id desc
			""")
	List<Statement> findLatest(LocalDate until, Pageable page);

}
