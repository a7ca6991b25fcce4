package org.peaceterms.security;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The security headers Spring Security writes on every page, for the answers written
 * before it runs: the 4xx of the web module's request checks and Tomcat's own error
 * reports ({@link HeadersOnErrorReports}).
 */
public final class SecurityHeaders {

	private SecurityHeaders() {
	}

	/** Sets the headers, unless the answer is already on its way. */
	public static void apply(HttpServletResponse response) {
		if (response.isCommitted()) {
			return;
		}
		response.setHeader("Content-Security-Policy", SecurityConfiguration.CONTENT_SECURITY_POLICY);
		response.setHeader("Permissions-Policy", SecurityConfiguration.PERMISSIONS_POLICY);
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader("X-Frame-Options", "DENY");
		response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
	}

}
