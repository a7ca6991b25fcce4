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
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import org.peaceterms.shared.DataVersion;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
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
 * of a public HTML page or feed (Atom, JSON Feed) by a visitor who is not logged in and
 * has no session:
 * <ul>
 * <li>the {@link DataVersion} (newest revision) and today's date make the page's ETag, so
 * a conditional request for an unchanged page is a 304 that costs one indexed query; the
 * page also carries the newest revision's time as Last-Modified, but only the ETag
 * validates (a save committed out of order can leave that time unchanged);</li>
 * <li>{@code Cache-Control: public, max-age=10, stale-while-revalidate=60} (configurable)
 * lets a browser, reverse proxy or CDN absorb a spike;</li>
 * <li>the rendered page is kept in the Caffeine cache {@value #CACHE} (through Spring's
 * cache abstraction, bounded by its size in bytes), keyed by the version, the date, the
 * full address with its query ({@code asOf}, {@code recordedAt}, filters, pages) and the
 * request headers that could change the answer ({@code Accept}, htmx's {@code HX-*}), so
 * the next request for it is a copy of bytes and of the headers the page was answered
 * with (such as {@code Memento-Datetime}), and a save (a new revision) makes every cached
 * page stale at once, on every instance sharing the database;</li>
 * <li>a page is rendered once even when many requests for it arrive together (a spike
 * right after a save): the first renders it, the others wait for its bytes (through
 * {@link Cache#retrieve(Object, java.util.function.Supplier)} on Caffeine's asynchronous
 * cache) instead of each rendering the same page; if the first one's page is not kept (an
 * error, a session, too large) or takes longer than {@value #WAIT_SECONDS} s, each
 * renders its own.</li>
 * </ul>
 * Admin pages, the login, logged-in users and visitors with a session (who get
 * {@code private, no-cache}: their pages may hold a flash message or a form token),
 * static assets, the rest of the open data (the API and downloads, which carry ETags of
 * their own) and the open-data releases under {@code /data} (which are not audited, so no
 * revision marks a new one) are left alone. A page whose rendering opens a session or
 * sets a cookie is not kept and is sent as {@code private, no-cache}; an error page is
 * never kept and is sent as {@code no-store}.
 */
@Configuration(proxyBeanMethods = false)
@EnableCaching
class PublicPageCache {

	/** The cache of rendered public pages. */
	static final String CACHE = "pages";

	private static final String PRIVATE = "private, no-cache";

	/** How long a request waits for the same page being rendered by another, at most. */
	static final int WAIT_SECONDS = 30;

	private static final List<String> EXCLUDED = List.of("/admin", "/login", "/logout", "/assets/", "/actuator",
			"/api/", "/v3/", "/swagger-ui", "/error", "/data");

	/** What is kept: pages and the feeds (Atom and JSON Feed). */
	private static final List<String> CACHED_TYPES = List.of("text/html", "application/atom+xml",
			"application/feed+json");

	/** Request headers that may change a page, besides its address: part of the key. */
	private static final List<String> VARY = List.of(HttpHeaders.ACCEPT, "HX-Request", "HX-Target", "HX-Trigger",
			"HX-Boosted", "HX-Current-URL");

	/** Response headers the filter sets itself, or never replays from the cache. */
	private static final Set<String> NOT_REPLAYED = caseInsensitive(HttpHeaders.SET_COOKIE, HttpHeaders.CONTENT_TYPE,
			HttpHeaders.CONTENT_LENGTH, HttpHeaders.ETAG, HttpHeaders.LAST_MODIFIED, HttpHeaders.CACHE_CONTROL,
			HttpHeaders.TRANSFER_ENCODING, HttpHeaders.CONTENT_ENCODING);

	/**
	 * The application's caches: {@value #CACHE} weighed in bytes (an asynchronous cache,
	 * so that a page being rendered is an entry others can wait for), any other cache
	 * bounded by its number of entries. No null values: a rendering whose page is not
	 * kept completes with null, which removes its entry.
	 */
	@Bean
	CacheManager cacheManager(@Value("${peaceterms.cache.pages.max-bytes:33554432}") long maxBytes) {
		CaffeineCacheManager manager = new CaffeineCacheManager();
		manager.setCaffeine(Caffeine.newBuilder().maximumSize(1_000));
		manager.setAllowNullValues(false);
		manager.registerCustomCache(CACHE,
				Caffeine.newBuilder()
					.maximumWeight(maxBytes)
					.weigher((Object key, Object value) -> ((CachedPage) value).weight())
					.buildAsync());
		return manager;
	}

	/**
	 * The filter, unless {@code peaceterms.cache.pages.enabled} is {@code false} (the
	 * tests switch it off, as they change data inside transactions that never make a
	 * revision, and read the model of a page that would come from the cache).
	 */
	@Bean
	@ConditionalOnBooleanProperty(name = "peaceterms.cache.pages.enabled", matchIfMissing = true)
	FilterRegistrationBean<PageFilter> publicPageCacheFilter(DataVersion version, CacheManager caches, Clock clock,
			@Value("${peaceterms.cache.pages.max-entry-bytes:1048576}") int maxEntryBytes,
			@Value("${peaceterms.http.public-max-age:10s}") Duration maxAge,
			@Value("${peaceterms.http.stale-while-revalidate:60s}") Duration staleWhileRevalidate) {
		Cache cache = Objects.requireNonNull(caches.getCache(CACHE), "the page cache");
		String cacheControl = "public, max-age=" + maxAge.toSeconds() + ", stale-while-revalidate="
				+ staleWhileRevalidate.toSeconds();
		FilterRegistrationBean<PageFilter> registration = new FilterRegistrationBean<>(
				new PageFilter(version, cache, clock, maxEntryBytes, cacheControl));
		registration.addUrlPatterns("/*");
		// After Spring Security's filters (-100), so that the user is known.
		registration.setOrder(0);
		return registration;
	}

	/**
	 * A rendered page: its content type, the headers the handler added (name to values)
	 * and its bytes.
	 */
	record CachedPage(String contentType, Map<String, List<String>> headers, byte[] body) {

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
			// The feeds are read like pages (an analyst's feed reader polls them); the
			// other open data (API, downloads) keeps its own ETags (see the opendata
			// package).
			boolean feed = path.endsWith("/feed.atom") || path.endsWith("/feed.json");
			return EXCLUDED.stream().anyMatch(path::startsWith)
					|| (!feed && (path.endsWith(".atom") || path.endsWith(".csv") || path.endsWith(".json")));
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			if (request.getSession(false) != null || isLoggedIn()) {
				response.setHeader(HttpHeaders.CACHE_CONTROL, PRIVATE);
				chain.doFilter(request, response);
				return;
			}
			DataVersion.Snapshot current = this.version.current();
			LocalDate today = LocalDate.now(this.clock);
			long startOfToday = today.atStartOfDay(this.clock.getZone()).toInstant().toEpochMilli();
			String variant = variant(request);
			String etag = "W/\"" + current.token() + "-" + today + "-" + Integer.toHexString(variant.hashCode()) + "\"";
			response.setHeader(HttpHeaders.CACHE_CONTROL, this.cacheControl);
			response.setDateHeader(HttpHeaders.LAST_MODIFIED,
					Math.max(current.savedAt().toEpochMilli(), startOfToday) / 1000 * 1000);
			if (new ServletWebRequest(request, response).checkNotModified(etag)) {
				return;
			}
			if (!"GET".equals(request.getMethod())) {
				chain.doFilter(request, response);
				return;
			}
			String key = current.token() + "|" + today + "|" + request.getRequestURL()
					+ ((request.getQueryString() != null) ? "?" + request.getQueryString() : "") + "|" + variant;
			CompletableFuture<@Nullable CachedPage> mine = new CompletableFuture<>();
			AtomicBoolean rendering = new AtomicBoolean();
			CompletableFuture<@Nullable CachedPage> found = this.cache.retrieve(key, () -> {
				rendering.set(true);
				return mine;
			});
			if (!rendering.get()) {
				// Kept, or being rendered by another request: its bytes, unless it is not
				// kept.
				CachedPage page = await(found);
				if (page != null) {
					page.headers()
						.forEach((name, values) -> values.forEach((value) -> response.addHeader(name, value)));
					response.setContentType(page.contentType());
					response.setContentLength(page.body().length);
					response.getOutputStream().write(page.body());
					return;
				}
			}
			Set<String> before = caseInsensitive(response.getHeaderNames().toArray(String[]::new));
			ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
			try {
				chain.doFilter(request, wrapper);
				if (request.getSession(false) != null || wrapper.containsHeader(HttpHeaders.SET_COOKIE)) {
					// A page that opened a session or set a cookie is the visitor's own.
					response.setHeader(HttpHeaders.CACHE_CONTROL, PRIVATE);
				}
				else if (wrapper.getStatus() >= HttpServletResponse.SC_INTERNAL_SERVER_ERROR) {
					response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
				}
				else if (rendering.get()) {
					mine.complete(cacheable(wrapper, before));
				}
			}
			finally {
				// Not kept (null removes the entry): whoever waits renders its own.
				mine.complete(null);
				wrapper.copyBodyToResponse();
			}
		}

		/**
		 * The page another request renders or has rendered; null if it is not kept,
		 * fails, or takes longer than {@value PublicPageCache#WAIT_SECONDS} s.
		 */
		private static @Nullable CachedPage await(CompletableFuture<@Nullable CachedPage> page) {
			try {
				return page.get(WAIT_SECONDS, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return null;
			}
			catch (ExecutionException | TimeoutException ex) {
				return null;
			}
		}

		/** The request headers that may change the page, as one string. */
		private static String variant(HttpServletRequest request) {
			StringBuilder variant = new StringBuilder();
			for (String name : VARY) {
				String value = request.getHeader(name);
				if (value != null) {
					variant.append(name).append('=').append(value).append(';');
				}
			}
			return variant.toString();
		}

		private @Nullable CachedPage cacheable(ContentCachingResponseWrapper response, Set<String> before) {
			String contentType = response.getContentType();
			if (response.getStatus() != HttpServletResponse.SC_OK || contentType == null
					|| CACHED_TYPES.stream().noneMatch(contentType::startsWith)
					|| response.getContentSize() > this.maxEntryBytes) {
				return null;
			}
			Map<String, List<String>> headers = new LinkedHashMap<>();
			for (String name : response.getHeaderNames()) {
				if (!before.contains(name) && !NOT_REPLAYED.contains(name)) {
					headers.put(name, List.copyOf(response.getHeaders(name)));
				}
			}
			return new CachedPage(contentType, headers, response.getContentAsByteArray());
		}

		private static boolean isLoggedIn() {
			Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
			return authentication != null && authentication.isAuthenticated()
					&& !(authentication instanceof AnonymousAuthenticationToken);
		}

	}

	private static Set<String> caseInsensitive(String... names) {
		Set<String> set = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
		set.addAll(Arrays.asList(names));
		return set;
	}

}
