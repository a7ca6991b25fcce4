package org.peaceterms.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;

/**
 * What a refused request gets. A form posted with a missing or wrong CSRF token by
 * someone not logged in (their session ended while they typed) is kept ({@link KeptForm})
 * and they are sent to log in again, after which they land back on it. Everything else (a
 * tampered token on the login form too) gets the friendly 403 page. Logged in one line,
 * never with a stack trace.
 */
class SessionExpiryHandler implements AccessDeniedHandler {

	private static final Logger logger = LoggerFactory.getLogger(SessionExpiryHandler.class);

	private final AccessDeniedHandler forbidden = new AccessDeniedHandlerImpl();

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
			throws IOException, ServletException {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		logger.info("Refused {} {}: {}", request.getMethod(), path.replaceAll("\\p{Cntrl}", "?"),
				denied.getClass().getSimpleName());
		if (denied instanceof CsrfException && "POST".equals(request.getMethod())) {
			if (path.startsWith("/admin/") && !loggedIn()) {
				KeptForm.keep(request);
				response.sendRedirect(request.getContextPath() + "/login?expired");
				return;
			}
		}
		this.forbidden.handle(request, response, denied);
	}

	private static boolean loggedIn() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken);
	}

}
