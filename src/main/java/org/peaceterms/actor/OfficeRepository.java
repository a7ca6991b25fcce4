package org.peaceterms.actor;

import java.util.List;
import org.peaceterms.source.Source;
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

	/**
	 * The offices held for a country or organisation, with their holders, latest first.
	 */
	@Query("""
			select o from Office o join fetch o.person
			where o.organisation = :organisation and o.retired = false
			order by o.validFrom desc nulls last, o.person.name
			""")
	List<Office> findByOrganisation(Actor organisation);

	/** The offices a source attests, with holder and organisation. */
	@Query("""
			select o from Office o join fetch o.person left join fetch o.organisation
			where o.source = :source and o.retired = false
			order by o.person.name
			""")
	List<Office> findBySource(Source source);

}
