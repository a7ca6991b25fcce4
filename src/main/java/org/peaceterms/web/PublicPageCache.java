package org.peaceterms.web;

import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.peaceterms.shared.DataVersion;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.cache.caffeine.CaffeineCacheManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Public pages are rendered once per change of the data, not once per request. For a GET
 * of a public HTML page by a visitor who is not logged in:
 * <ul>
 * <li>the {@link DataVersion} (newest revision) and today's date make the page's ETag and
 * its Last-Modified, so a conditional request for an unchanged page is a 304 that costs
 * one indexed query;</li>
 * <li>{@code Cache-Control: public, max-age=10, stale-while-revalidate=60} (configurable)
 * lets a browser, reverse proxy or CDN absorb a spike;</li>
 * <li>the rendered page is kept in the Caffeine cache {@value #CACHE} (through Spring's
 * cache abstraction, bounded by its size in bytes), keyed by the version, the date and
 * the address with its query, so the next request for it is a copy of bytes, and a save
 * (a new revision) makes every cached page stale at once, on every instance sharing the
 * database.</li>
 * </ul>
 * Admin pages, the login, logged-in users (who get {@code private, no-cache}), static
 * assets and the open data (the API, feeds and downloads, which carry ETags of their own)
 * are left alone.
 */
@Configuration(proxyBeanMethods = false)
@EnableCaching
class PublicPageCache {

	/** The cache of rendered public pages. */
	static final String CACHE = "pages";

	private static final List<String> EXCLUDED = List.of("/admin", "/login", "/logout", "/assets/", "/actuator",
			"/api/", "/v3/", "/swagger-ui", "/error");

	/**
	 * The application's caches: {@value #CACHE} weighed in bytes, any other cache bounded
	 * by its number of entries.
	 */
	@Bean
	CacheManager cacheManager(@Value("${peaceterms.cache.pages.max-bytes:33554432}") long maxBytes) {
		CaffeineCacheManager manager = new CaffeineCacheManager();
		manager.setCaffeine(Caffeine.newBuilder().maximumSize(1_000));
		manager.registerCustomCache(CACHE,
				Caffeine.newBuilder()
					.maximumWeight(maxBytes)
					.weigher((Object key, Object value) -> ((CachedPage) value).weight())
					.build());
		return manager;
	}

	@Bean
	FilterRegistrationBean<PageFilter> publicPageCacheFilter(DataVersion version, CacheManager caches, Clock clock,
			@Value("${peaceterms.cache.pages.max-entry-bytes:1048576}") int maxEntryBytes,
			@Value("${peaceterms.http.public-max-age:10s}") Duration maxAge,
			@Value("${peaceterms.http.stale-while-revalidate:60s}") Duration staleWhileRevalidate) {
		Cache cache = java.util.Objects.requireNonNull(caches.getCache(CACHE), "the page cache");
		String cacheControl = "public, max-age=" + maxAge.toSeconds() + ", stale-while-revalidate="
				+ staleWhileRevalidate.toSeconds();
		FilterRegistrationBean<PageFilter> registration = new FilterRegistrationBean<>(
				new PageFilter(version, cache, clock, maxEntryBytes, cacheControl));
		registration.addUrlPatterns("/*");
		// After Spring Security's filters (-100), so that the user is known.
		registration.setOrder(0);
		return registration;
	}

	/** A rendered page: its content type and bytes. */
	record CachedPage(String contentType, byte[] body) {

		int weight() {
			return this.body.length + 200;
		}

	}

	static class PageFilter extends OncePerRequestFilter {

		private final DataVersion version;

		private final Cache cache;

		private final Clock clock;

		private final int maxEntryBytes;

		private final String cacheControl;

		PageFilter(DataVersion version, Cache cache, Clock clock, int maxEntryBytes, String cacheControl) {
			this.version = version;
			this.cache = cache;
			this.clock = clock;
			this.maxEntryBytes = maxEntryBytes;
			this.cacheControl = cacheControl;
		}

		@Override
		protected boolean shouldNotFilter(HttpServletRequest request) {
			String method = request.getMethod();
			if (!"GET".equals(method) && !"HEAD".equals(method)) {
				return true;
			}
			String path = request.getRequestURI().substring(request.getContextPath().length());
			// The open data (API, feeds, downloads) keeps its own ETags (see the opendata
			// package).
			return EXCLUDED.stream().anyMatch(path::startsWith) || path.endsWith(".atom") || path.endsWith(".csv")
					|| path.endsWith(".json");
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			if (isLoggedIn()) {
				response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-cache");
				chain.doFilter(request, response);
				return;
			}
			DataVersion.Snapshot current = this.version.current();
			LocalDate today = LocalDate.now(this.clock);
			long startOfToday = today.atStartOfDay(this.clock.getZone()).toInstant().toEpochMilli();
			long lastModified = Math.max(current.savedAt().toEpochMilli(), startOfToday);
			String etag = "W/\"" + current.revision() + "-" + today + "\"";
			response.setHeader(HttpHeaders.CACHE_CONTROL, this.cacheControl);
			if (new ServletWebRequest(request, response).checkNotModified(etag, lastModified)) {
				return;
			}
			if (!"GET".equals(request.getMethod())) {
				chain.doFilter(request, response);
				return;
			}
			String query = request.getQueryString();
			String key = current.revision() + "|" + today + "|" + request.getRequestURI()
					+ ((query != null) ? "?" + query : "");
			CachedPage page = this.cache.get(key, CachedPage.class);
			if (page != null) {
				response.setContentType(page.contentType());
				response.setContentLength(page.body().length);
				response.getOutputStream().write(page.body());
				return;
			}
			ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
			try {
				chain.doFilter(request, wrapper);
				CachedPage rendered = cacheable(wrapper);
				if (rendered != null) {
					this.cache.put(key, rendered);
				}
			}
			finally {
				wrapper.copyBodyToResponse();
			}
		}

		private @Nullable CachedPage cacheable(ContentCachingResponseWrapper response) {
			String contentType = response.getContentType();
			if (response.getStatus() != HttpServletResponse.SC_OK || contentType == null
					|| !contentType.startsWith("text/html") || response.containsHeader(HttpHeaders.SET_COOKIE)
					|| response.getContentSize() > this.maxEntryBytes) {
				return null;
			}
			return new CachedPage(contentType, response.getContentAsByteArray());
		}

		private static boolean isLoggedIn() {
			Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
			return authentication != null && authentication.isAuthenticated()
					&& !(authentication instanceof AnonymousAuthenticationToken);
		}

	}

}
