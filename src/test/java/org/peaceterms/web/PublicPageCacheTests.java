package org.peaceterms.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import jakarta.persistence.EntityManagerFactory;
import jakarta.servlet.http.Cookie;
import java.time.Instant;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.peaceterms.actor.Actor;
import org.peaceterms.actor.ActorRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Public pages are rendered once per data version: a repeated request is served from the
 * cache without a query to Hibernate, a conditional request gets a 304, a save (here or
 * by another instance sharing the database) is visible on the very next request, and
 * logged-in users and admin pages are never served from, or allowed into, a shared cache.
 */
@SpringBootTest(properties = { "spring.jpa.properties.hibernate.generate_statistics=true",
		"peaceterms.cache.pages.enabled=true" })
@AutoConfigureMockMvc
@DirtiesContext
class PublicPageCacheTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private EntityManagerFactory entityManagerFactory;

	@Autowired
	private ActorRepository actors;

	@Autowired
	private TransactionTemplate transactions;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void aRepeatedRequestIsServedFromTheCacheAndAConditionalOneIsA304() throws Exception {
		MockHttpServletResponse first = get("/actors/germany");
		assertThat(first.getStatus()).isEqualTo(200);
		String etag = first.getHeader(HttpHeaders.ETAG);
		assertThat(etag).startsWith("W/\"");
		assertThat(first.getHeader(HttpHeaders.LAST_MODIFIED)).isNotBlank();
		assertThat(first.getHeader(HttpHeaders.CACHE_CONTROL)).contains("public")
			.contains("max-age=")
			.contains("stale-while-revalidate=");

		Statistics statistics = statistics();
		statistics.clear();
		MockHttpServletResponse second = get("/actors/germany");
		assertThat(second.getContentAsString()).isEqualTo(first.getContentAsString());
		assertThat(second.getHeader(HttpHeaders.ETAG)).isEqualTo(etag);
		assertThat(statistics.getPrepareStatementCount()).as("Hibernate statements for a cached page").isZero();

		MockHttpServletResponse conditional = this.mvc.get()
			.uri("/actors/germany")
			.header(HttpHeaders.IF_NONE_MATCH, etag)
			.exchange()
			.getResponse();
		assertThat(conditional.getStatus()).isEqualTo(304);
		assertThat(conditional.getContentAsString()).isEmpty();
	}

	@Test
	void aSaveIsVisibleOnTheVeryNextRequest() throws Exception {
		MockHttpServletResponse before = get("/actors/france");
		assertThat(before.getContentAsString()).doesNotContain("République française");
		this.transactions.executeWithoutResult((status) -> {
			Actor france = this.actors.findBySlug("france").orElseThrow();
			france.update(france.getSlug(), "République française", france.getKind(), france.getIsoCode(),
					france.getDescription());
		});
		MockHttpServletResponse after = get("/actors/france");
		assertThat(after.getContentAsString()).contains("République française");
		assertThat(after.getHeader(HttpHeaders.ETAG)).isNotEqualTo(before.getHeader(HttpHeaders.ETAG));
		MockHttpServletResponse stale = this.mvc.get()
			.uri("/actors/france")
			.header(HttpHeaders.IF_NONE_MATCH, before.getHeader(HttpHeaders.ETAG))
			.exchange()
			.getResponse();
		assertThat(stale.getStatus()).as("a conditional request with the old ETag").isEqualTo(200);
	}

	@Test
	void theFeedsAreCachedAndANewStatementIsInTheNextOne() throws Exception {
		MockHttpServletResponse first = get("/feed.atom");
		assertThat(first.getContentType()).startsWith("application/atom+xml");
		assertThat(first.getHeader(HttpHeaders.CACHE_CONTROL)).contains("public");
		Statistics statistics = statistics();
		statistics.clear();
		assertThat(get("/feed.atom").getContentAsString()).isEqualTo(first.getContentAsString());
		assertThat(statistics.getPrepareStatementCount()).as("Hibernate statements for a cached feed").isZero();
		assertThat(get("/feed.json").getContentType()).startsWith("application/feed+json");

		this.jdbc.update("update statement set said_on = ?, text = 'Fed to the feed at once.' where id = 4",
				java.sql.Date.valueOf(java.time.LocalDate.now()));
		this.jdbc.update("insert into revision (created_at, username) values (?, 'feed-check')",
				System.currentTimeMillis());
		assertThat(get("/feed.atom").getContentAsString()).contains("Fed to the feed at once.");
		assertThat(get("/api/v1/statements").getHeader(HttpHeaders.CACHE_CONTROL))
			.as("the API keeps its own caching headers")
			.doesNotContain("stale-while-revalidate");
	}

	@Test
	void aSaveByAnotherInstanceSharingTheDatabaseIsVisibleOnTheNextRequest() throws Exception {
		assertThat(get("/actors/poland").getContentAsString()).doesNotContain("Rzeczpospolita");
		// What another instance's save leaves in the shared database: the changed row and
		// a
		// new revision. Nothing reaches this instance but the database.
		this.jdbc.update("update actor set name = 'Rzeczpospolita Polska' where slug = 'poland'");
		this.jdbc.update("insert into revision (created_at, username) values (?, 'other-instance')",
				System.currentTimeMillis());
		assertThat(get("/actors/poland").getContentAsString()).contains("Rzeczpospolita Polska");
	}

	@Test
	void aSaveWhoseRevisionIdIsLowerThanTheNewestIsVisibleToo() throws Exception {
		// Two saves at once: the one that started first (lower revision id) commits last.
		long newest = this.jdbc.queryForObject("select max(id) from revision", Long.class);
		this.jdbc.update("insert into revision (id, created_at, username) values (?, ?, 'second')", newest + 2,
				System.currentTimeMillis());
		assertThat(get("/actors/spain").getContentAsString()).doesNotContain("Reino de España");
		this.jdbc.update("update actor set name = 'Reino de España' where slug = 'spain'");
		this.jdbc.update("insert into revision (id, created_at, username) values (?, ?, 'first')", newest + 1,
				System.currentTimeMillis() - 1000);
		assertThat(get("/actors/spain").getContentAsString()).contains("Reino de España");
	}

	@Test
	void visitorsWithASessionAreNeverServedFromOrAllowedIntoTheSharedCache() throws Exception {
		get("/actors/italy");
		// The login form's token opens a session (Spring Session: a row in the database
		// and
		// the SESSION cookie); a page may then show that visitor's own flash message.
		Cookie session = get("/login").getCookie("SESSION");
		assertThat(session).as("a session cookie").isNotNull();
		MockHttpServletResponse withSession = this.mvc.get()
			.uri("/actors/italy")
			.cookie(session)
			.exchange()
			.getResponse();
		assertThat(withSession.getStatus()).isEqualTo(200);
		assertThat(withSession.getHeader(HttpHeaders.CACHE_CONTROL)).isEqualTo("private, no-cache");
		assertThat(withSession.getHeader(HttpHeaders.ETAG)).isNull();
	}

	@Test
	void aViewAsRecordedEarlierIsKeptUnderItsOwnAddressWithItsHeaders() throws Exception {
		String url = "/actors/germany?recordedAt=" + Instant.now().minusSeconds(1);
		MockHttpServletResponse first = get(url);
		assertThat(first.getStatus()).isEqualTo(200);
		assertThat(first.getHeader("Memento-Datetime")).isNotBlank();
		Statistics statistics = statistics();
		statistics.clear();
		MockHttpServletResponse second = get(url);
		assertThat(statistics.getPrepareStatementCount()).as("Hibernate statements for a cached page").isZero();
		assertThat(second.getContentAsString()).isEqualTo(first.getContentAsString());
		assertThat(second.getHeader("Memento-Datetime")).isEqualTo(first.getHeader("Memento-Datetime"));
		assertThat(get("/actors/germany").getHeader("Memento-Datetime")).isNull();
	}

	@Test
	void requestHeadersThatMayChangeThePageAreInItsKey() throws Exception {
		MockHttpServletResponse html = this.mvc.get()
			.uri("/actors/germany")
			.header(HttpHeaders.ACCEPT, "text/html")
			.exchange()
			.getResponse();
		MockHttpServletResponse htmx = this.mvc.get()
			.uri("/actors/germany")
			.header(HttpHeaders.ACCEPT, "text/html")
			.header("HX-Request", "true")
			.exchange()
			.getResponse();
		assertThat(htmx.getHeader(HttpHeaders.ETAG)).isNotEqualTo(html.getHeader(HttpHeaders.ETAG));
	}

	@Test
	void theOpenDataReleasesPageIsLeftAlone() throws Exception {
		assertThat(get("/data").getHeader(HttpHeaders.ETAG)).isNull();
	}

	@Test
	void loggedInUsersAndAdminPagesAreNeverCachedPublicly() throws Exception {
		MockHttpServletResponse editor = this.mvc.get()
			.uri("/actors/germany")
			.with(user("editor").roles("EDITOR"))
			.exchange()
			.getResponse();
		assertThat(editor.getStatus()).isEqualTo(200);
		assertThat(editor.getHeader(HttpHeaders.CACHE_CONTROL)).isEqualTo("private, no-cache");
		assertThat(editor.getHeader(HttpHeaders.ETAG)).isNull();
		MockHttpServletResponse admin = this.mvc.get()
			.uri("/admin")
			.with(user("editor").roles("EDITOR"))
			.exchange()
			.getResponse();
		assertThat(admin.getHeader(HttpHeaders.CACHE_CONTROL)).doesNotContain("public");
	}

	private MockHttpServletResponse get(String url) throws Exception {
		return this.mvc.get().uri(url).exchange().getResponse();
	}

	private Statistics statistics() {
		return this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
	}

}
