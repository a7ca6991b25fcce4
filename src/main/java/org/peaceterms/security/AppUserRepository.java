package org.peaceterms.security;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;

/** Reads and stores {@link AppUser}s. */
public interface AppUserRepository extends JpaRepository<AppUser, Long> {

	Optional<AppUser> findByUsernameIgnoreCase(String username);

	List<AppUser> findAllByOrderByUsername();

	/**
	 * The enabled users with {@code role}, locked for the rest of the transaction, so
	 * that two administrators disabling each other at once cannot leave none.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	List<AppUser> findByRoleAndEnabledTrueOrderById(Role role);

}
