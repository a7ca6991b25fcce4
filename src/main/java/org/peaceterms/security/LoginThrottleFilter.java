package org.peaceterms.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers a login attempt from a client that {@link LoginThrottle} is slowing down with
 * 429 Too Many Requests and a {@code Retry-After}, without checking the password. Only
 * {@code POST /login} is checked: pages and logged-in sessions are never affected.
 */
class LoginThrottleFilter extends OncePerRequestFilter {

	private static final Logger logger = LoggerFactory.getLogger(LoginThrottleFilter.class);

	private final LoginThrottle throttle;

	LoginThrottleFilter(LoginThrottle throttle) {
		this.throttle = throttle;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !("POST".equals(request.getMethod())
				&& (request.getContextPath() + "/login").equals(request.getRequestURI()));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Duration wait = this.throttle.blockedFor(request.getRemoteAddr(), request.getParameter("username"));
		if (wait == null) {
			chain.doFilter(request, response);
			return;
		}
		logger.info("Login attempt from {} refused: blocked for another {}", request.getRemoteAddr(), wait);
		response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(Math.max(1, wait.toSeconds())));
		response.sendError(HttpStatus.TOO_MANY_REQUESTS.value());
	}

}
