package org.peaceterms.opendata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.jayway.jsonpath.JsonPath;
import com.rometools.rome.feed.atom.Feed;
import jakarta.persistence.EntityManager;
import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.peaceterms.JsonSchemas;
import org.peaceterms.actor.Actor;
import org.peaceterms.topic.Topic;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Identifiers that last (a retired record's address answers 410 with a link to its
 * replacement, never 404, and never another record), the public log of corrections with
 * its feeds, robots.txt and sitemap.xml.
 */
@SpringBootTest
@AutoConfigureMockMvc
@DirtiesContext
class IdentifiersAndCorrectionsTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private EntityManager entityManager;

	@Autowired
	private TransactionTemplate transactions;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void retiredSlugAnswers410WithALinkToItsReplacement() {
		this.transactions.executeWithoutResult((status) -> {
			Actor scholz = find(Actor.class, "olaf-scholz");
			scholz.retire(find(Actor.class, "friedrich-merz"));
			find(Topic.class, "territory").retire(null);
		});
		// The replacement is audited like every other field (ReplaceableEntity).
		assertThat(this.jdbc.queryForObject(
				"select a.replaced_by_id from actor_aud a join actor s on s.id = a.id where s.slug = 'olaf-scholz'"
						+ " order by a.rev desc fetch first 1 rows only",
				Long.class))
			.isEqualTo(this.jdbc.queryForObject("select id from actor where slug = 'friedrich-merz'", Long.class));
		assertThat(this.mvc.get().uri("/actors/olaf-scholz").accept("text/html")).hasStatus(410)
			.bodyText()
			.contains("/actors/friedrich-merz");
		assertThat(this.mvc.get().uri("/api/v1/actors/olaf-scholz")).hasStatus(410)
			.headers()
			.hasValue(HttpHeaders.LINK, "</api/v1/actors/friedrich-merz>; rel=\"successor-version\"");
		assertThat(this.mvc.get().uri("/api/v1/actors/olaf-scholz")).bodyJson()
			.extractingPath("$.replacedBy")
			.isEqualTo("/api/v1/actors/friedrich-merz");
		assertThat(this.mvc.get().uri("/topics/territory").accept("text/html")).hasStatus(410);
		assertThat(this.mvc.get().uri("/actors/atlantis").accept("text/html")).hasStatus(404);
		assertThat(this.mvc.get().uri("/sitemap.xml")).hasStatusOk()
			.bodyText()
			.contains("<loc>http://localhost/actors/germany</loc>", "<loc>http://localhost/statements/4</loc>")
			.doesNotContain("/actors/olaf-scholz<");
	}

	@Test
	void anEditorsCorrectionIsLoggedWithItsReasonAndFeeds() throws Exception {
		Actor germany = this.transactions.execute((status) -> find(Actor.class, "germany"));
		assertThat(this.mvc.post()
			.uri("/admin/actors/" + germany.getId())
			.with(user("editor").roles("EDITOR"))
			.with(csrf())
			.param("slug", "germany")
			.param("name", "Germany")
			.param("kind", "COUNTRY")
			.param("isoCode", "DE")
			.param("description", "Corrected description of Germany.")
			.param("version", String.valueOf(germany.getVersion()))
			.param("changeReason", "The old description named the wrong talks.")).hasStatus3xxRedirection();

		assertThat(this.mvc.get().uri("/corrections")).hasStatusOk()
			.bodyText()
			.contains("Corrected description of Germany.", "The old description named the wrong talks.",
					"/actors/germany");
		String atom = this.mvc.get().uri("/corrections/feed.atom").exchange().getResponse().getContentAsString();
		com.rometools.rome.io.WireFeedInput input = new com.rometools.rome.io.WireFeedInput();
		Feed feed = (Feed) input.build(new org.xml.sax.InputSource(new StringReader(atom)));
		assertThat(feed.getEntries()).isNotEmpty();
		assertThat(feed.getEntries().get(0).getTitle()).contains("Actor #" + germany.getId(), "description");
		String json = this.mvc.get().uri("/corrections/feed.json").exchange().getResponse().getContentAsString();
		JsonSchemas.assertValid(JsonSchemas.JSON_FEED, json);
		assertThat(JsonPath.<String>read(json, "$.items[0].summary"))
			.isEqualTo("The old description named the wrong talks.");
		assertThat(this.mvc.get().uri("/robots.txt")).hasStatusOk()
			.bodyText()
			.contains("Disallow: /admin", "Sitemap: http://localhost/sitemap.xml");
	}

	@Test
	void statementPageCarriesAClaimWithItsAuthorAndAppearance() throws Exception {
		String page = this.mvc.get().uri("/statements/4").exchange().getResponse().getContentAsString();
		java.util.regex.Matcher script = java.util.regex.Pattern
			.compile("<script type=\"application/ld\\+json\">(.*?)</script>", java.util.regex.Pattern.DOTALL)
			.matcher(page);
		assertThat(script.find()).isTrue();
		String claim = script.group(1);
		assertThat(JsonPath.<String>read(claim, "$['@type']")).isEqualTo("Claim");
		String api = this.mvc.get().uri("/api/v1/statements/4").exchange().getResponse().getContentAsString();
		assertThat(JsonPath.<String>read(claim, "$.author.name"))
			.isEqualTo(JsonPath.<String>read(api, "$.speaker.name"));
		assertThat(JsonPath.<String>read(claim, "$.appearance.datePublished")).isNotBlank();
		assertThat(JsonPath.<String>read(claim, "$.text"))
			.isEqualTo("No U.S. troops would be deployed on the ground in Ukraine under the plan.");
	}

	private <T> T find(Class<T> type, String slug) {
		return this.entityManager.createQuery("select r from " + type.getSimpleName() + " r where r.slug = :slug", type)
			.setParameter("slug", slug)
			.getSingleResult();
	}

}
