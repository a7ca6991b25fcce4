package org.peaceterms.admin;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import org.jspecify.annotations.Nullable;
import org.peaceterms.security.Role;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * What the admin layout needs on every page (who is logged in, whether they may manage
 * users), and the 409 page for a version conflict that no form handled itself.
 */
@ControllerAdvice
class AdminModelAdvice {

	@ModelAttribute("adminUser")
	@Nullable String adminUser(@Nullable Principal principal) {
		return (principal != null) ? principal.getName() : null;
	}

	@ModelAttribute("adminIsAdministrator")
	boolean administrator(HttpServletRequest request) {
		return request.isUserInRole(Role.ADMIN.name());
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	@ResponseStatus(HttpStatus.CONFLICT)
	String conflict() {
		return "error/409";
	}

}
