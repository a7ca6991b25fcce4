package org.peaceterms.commitment;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Reads and stores {@link Commitment}s. */
public interface CommitmentRepository extends JpaRepository<Commitment, Long> {

	/**
	 * Every commitment made up to a date, with actor, topic, sources and conditions
	 * loaded in one statement, by actor name and date.
	 */
	@Query("""
			select distinct c from Commitment c join fetch c.actor a join fetch c.topic
			  left join fetch c.sources left join fetch c.conditions
			where c.retired = false and a.retired = false and c.madeOn <= :until
			order by a.name, a.id, c.madeOn, c.id
			""")
	List<Commitment> findUpTo(LocalDate until);

}
