package org.peaceterms.actor;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Reads and stores the {@link Office}s persons hold. */
public interface OfficeRepository extends JpaRepository<Office, Long> {

	@Query("""
			select o from Office o left join fetch o.organisation
			where o.person = :person and o.retired = false
			order by o.validFrom desc nulls last
			""")
	List<Office> findByPerson(Actor person);

}
