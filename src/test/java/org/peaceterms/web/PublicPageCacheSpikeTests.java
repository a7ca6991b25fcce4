package org.peaceterms.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.peaceterms.shared.DataVersion;
import org.springframework.cache.Cache;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * A spike right after a save: many requests for the same page arrive while it is not in
 * the page cache. The page is rendered once and every request gets its bytes; when that
 * page is not kept (an error, a failure), each request renders its own and none hangs.
 * The first rendering is held until the others have all started rendering too, or half a
 * second has passed, so that a filter without single rendering fails here every time.
 */
class PublicPageCacheSpikeTests {

	private static final int REQUESTS = 8;

	private final ExecutorService threads = Executors.newFixedThreadPool(REQUESTS);

	private final AtomicInteger renders = new AtomicInteger();

	private final CountDownLatch allRendering = new CountDownLatch(REQUESTS);

	private final CountDownLatch firstStarted = new CountDownLatch(1);

	@AfterEach
	void stop() {
		this.threads.shutdownNow();
	}

	@Test
	void aPageRequestedManyTimesAtOnceIsRenderedOnceAndEveryoneGetsIt() throws Exception {
		List<MockHttpServletResponse> responses = spike((response, n) -> {
			response.setContentType("text/html;charset=UTF-8");
			response.getOutputStream().write(("<p>rendering " + n + "</p>").getBytes(StandardCharsets.UTF_8));
		});

		assertThat(this.renders).as("renderings of the page").hasValue(1);
		for (MockHttpServletResponse response : responses) {
			assertThat(response.getStatus()).isEqualTo(200);
			assertThat(response.getContentAsString()).isEqualTo("<p>rendering 1</p>");
			assertThat(response.getContentType()).startsWith("text/html");
			assertThat(response.getHeader("X-Rendered")).isEqualTo("1");
		}
	}

	@Test
	void aPageThatIsNotKeptIsRenderedByEachRequestWithoutWaitingForever() throws Exception {
		List<MockHttpServletResponse> responses = spike((response, n) -> {
			response.setStatus(404);
			response.setContentType("text/html;charset=UTF-8");
			response.getOutputStream().write(("<p>not found " + n + "</p>").getBytes(StandardCharsets.UTF_8));
		});

		assertThat(this.renders).hasValue(REQUESTS);
		assertThat(responses).allSatisfy((response) -> {
			assertThat(response.getStatus()).isEqualTo(404);
			assertThat(response.getContentAsString()).startsWith("<p>not found ");
		});
	}

	@Test
	void aRenderingThatFailsLeavesTheOthersToRenderTheirOwn() throws Exception {
		List<Object> outcomes = new ArrayList<>();
		for (Future<MockHttpServletResponse> future : start((response, n) -> {
			if (n == 1) {
				throw new IllegalStateException("the first rendering fails");
			}
			response.setContentType("text/html;charset=UTF-8");
			response.getOutputStream().write(("<p>rendering " + n + "</p>").getBytes(StandardCharsets.UTF_8));
		})) {
			try {
				outcomes.add(future.get(10, TimeUnit.SECONDS).getContentAsString());
			}
			catch (ExecutionException ex) {
				outcomes.add(ex.getCause().getMessage());
			}
		}

		assertThat(outcomes).containsOnlyOnce("the first rendering fails");
		assertThat(this.renders.get()).as("the failed rendering and at least one other").isGreaterThan(1);
		assertThat(outcomes).filteredOn((outcome) -> !"the first rendering fails".equals(outcome))
			.hasSize(REQUESTS - 1)
			.allSatisfy((body) -> assertThat((String) body).matches("<p>rendering [2-8]</p>"));
	}

	/** The page renderer behind the filter: writes response number {@code n}. */
	interface Page {

		void render(HttpServletResponse response, int n) throws IOException;

	}

	private List<MockHttpServletResponse> spike(Page page) throws Exception {
		List<MockHttpServletResponse> responses = new ArrayList<>();
		for (Future<MockHttpServletResponse> future : start(page)) {
			responses.add(future.get(10, TimeUnit.SECONDS));
		}
		return responses;
	}

	/**
	 * Sends the first request, then the others once it is rendering; the first rendering
	 * goes on when all have started rendering or after half a second.
	 */
	private List<Future<MockHttpServletResponse>> start(Page page) throws Exception {
		PublicPageCache.PageFilter filter = filter();
		FilterChain chain = (request, response) -> {
			int n = this.renders.incrementAndGet();
			this.allRendering.countDown();
			if (n == 1) {
				this.firstStarted.countDown();
				try {
					this.allRendering.await(500, TimeUnit.MILLISECONDS);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			}
			HttpServletResponse http = (HttpServletResponse) response;
			http.setHeader("X-Rendered", Integer.toString(n));
			page.render(http, n);
		};
		List<Future<MockHttpServletResponse>> futures = new ArrayList<>();
		futures.add(this.threads.submit(() -> request(filter, chain)));
		assertThat(this.firstStarted.await(10, TimeUnit.SECONDS)).as("the first rendering started").isTrue();
		for (int i = 1; i < REQUESTS; i++) {
			futures.add(this.threads.submit(() -> request(filter, chain)));
		}
		return futures;
	}

	private static MockHttpServletResponse request(PublicPageCache.PageFilter filter, FilterChain chain)
			throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/actors/germany");
		MockHttpServletResponse response = new MockHttpServletResponse();
		filter.doFilter(request, response, chain);
		return response;
	}

	private static PublicPageCache.PageFilter filter() {
		DataVersion version = mock(DataVersion.class);
		given(version.current()).willReturn(new DataVersion.Snapshot(7, 7, Instant.parse("2026-12-01T10:00:00Z")));
		Cache cache = new PublicPageCache().cacheManager(1 << 20).getCache(PublicPageCache.CACHE);
		return new PublicPageCache.PageFilter(version, cache, Clock.systemUTC(), 1 << 20, "public, max-age=10");
	}

}
