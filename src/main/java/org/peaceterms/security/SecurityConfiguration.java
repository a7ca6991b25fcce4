package org.peaceterms.security;

import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;

/**
 * Who may see what: the analyst pages are public, {@code /admin/**} needs an editor (or
 * administrator), user management an administrator. Form login at {@code /login}, logout
 * by POST, CSRF tokens on every form, and security headers on every response (a content
 * security policy that allows only this site's own scripts, styles and images). Public,
 * so that {@code @WebMvcTest} slices can {@code @Import} it and test pages under the real
 * rules.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AppProperties.class)
public class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; object-src 'none'; "
			+ "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	/** No page uses a camera, microphone, location, payment or other device API. */
	static final String PERMISSIONS_POLICY = "accelerometer=(), camera=(), geolocation=(), gyroscope=(), "
			+ "magnetometer=(), microphone=(), payment=(), usb=()";

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, LoginThrottle throttle) throws Exception {
		http.authorizeHttpRequests((requests) -> requests
			.requestMatchers("/admin/users", "/admin/users/**", "/admin/backup", "/admin/backup/**")
			.hasRole(Role.ADMIN.name())
			.requestMatchers("/admin", "/admin/**")
			.hasAnyRole(Role.EDITOR.name(), Role.ADMIN.name())
			.anyRequest()
			.permitAll())
			.formLogin((login) -> login.loginPage("/login").successHandler(loginSuccess()).permitAll())
			.exceptionHandling((exceptions) -> exceptions.accessDeniedHandler(new SessionExpiryHandler()))
			.logout((logout) -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout").permitAll())
			// The JSON API only reads and keeps no session state: a write to it is
			// answered 405 by
			// the API itself, not 403 for want of a CSRF token. Every HTML form keeps its
			// token.
			.csrf((csrf) -> csrf.ignoringRequestMatchers("/api/**"))
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.frameOptions((frame) -> frame.deny())
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY)))
			.addFilterBefore(new LoginThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class);
		return http.build();
	}

	/**
	 * After login: back to a form kept when the session ended ({@link KeptForm}), else to
	 * the page that asked for the login, else the admin's start page.
	 */
	private static AuthenticationSuccessHandler loginSuccess() {
		SavedRequestAwareAuthenticationSuccessHandler saved = new SavedRequestAwareAuthenticationSuccessHandler();
		saved.setDefaultTargetUrl("/admin");
		return (request, response, authentication) -> {
			if (KeptForm.of(request.getSession(false)) != null) {
				response.sendRedirect(request.getContextPath() + "/admin/kept-form");
				return;
			}
			saved.onAuthenticationSuccess(request, response, authentication);
		};
	}

	/** Security headers on Tomcat's own error pages too. */
	@Bean
	static HeadersOnErrorReports headersOnErrorReports() {
		return new HeadersOnErrorReports();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return new BCryptPasswordEncoder();
	}

	@Bean
	Clock clock() {
		return Clock.systemDefaultZone();
	}

}
