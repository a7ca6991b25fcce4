package org.peaceterms.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * What search engines and link previews read: robots.txt, the sitemap of the shipped
 * data, and the description, Open Graph tags and favicon on every public page.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SiteMapTests {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void robotsKeepsCrawlersOutOfTheAdminAreaAndNamesTheSitemap() {
		assertThat(this.mvc.get().uri("/robots.txt")).hasStatusOk()
			.bodyText()
			.contains("Disallow: /admin")
			.contains("Sitemap: http://localhost/sitemap.xml");
	}

	@Test
	void sitemapListsTheListPagesAndEveryRecordPage() {
		assertThat(this.mvc.get().uri("/sitemap.xml")).hasStatusOk()
			.bodyText()
			.contains("<loc>http://localhost/stances</loc>")
			.contains("<loc>http://localhost/actors/germany</loc>")
			.contains("<loc>http://localhost/proposals/european-statement-2025-12-15</loc>")
			.contains("<loc>http://localhost/topics/territory</loc>")
			.contains("<loc>http://localhost/sources/warzone-2025-02-17-europe-troops</loc>")
			.doesNotContain("/admin");
	}

	@Test
	void everyPublicPageHasADescriptionSocialTagsAndAFavicon() {
		for (String url : new String[] { "/", "/stances", "/actors/germany", "/sources" }) {
			assertThat(this.mvc.get().uri(url)).hasStatusOk()
				.bodyText()
				.contains("<meta name=\"description\"")
				.contains("<meta property=\"og:title\"")
				.contains("<meta property=\"og:description\"")
				.contains("<link rel=\"icon\" type=\"image/svg+xml\" href=\"/assets/img/favicon.svg\">");
		}
		assertThat(this.mvc.get().uri("/assets/img/favicon.svg")).hasStatusOk();
	}

}
