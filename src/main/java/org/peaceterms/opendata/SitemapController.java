package org.peaceterms.opendata;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.HtmlUtils;

/**
 * {@code robots.txt} (everything public may be crawled; the admin, the login and the
 * per-view downloads may not) and {@code sitemap.xml} (the site's pages and the page of
 * every published record, read straight from the tables so that this module knows no
 * feature).
 */
@Controller
class SitemapController {

	private static final MediaType TEXT = new MediaType("text", "plain", StandardCharsets.UTF_8);

	private static final MediaType XML = new MediaType("application", "xml", StandardCharsets.UTF_8);

	/** The site's list pages. */
	private static final List<String> PAGES = List.of("/", "/compare", "/stances", "/commitments", "/statements",
			"/proposals", "/actors", "/topics", "/events", "/sources", "/data", "/corrections");

	/** Record pages: table and address prefix; every one has a slug but statements. */
	private static final List<String[]> RECORDS = List.of(new String[] { "actor", "/actors/" },
			new String[] { "topic", "/topics/" }, new String[] { "proposal", "/proposals/" },
			new String[] { "source", "/sources/" });

	private final JdbcClient jdbc;

	SitemapController(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@GetMapping("/robots.txt")
	ResponseEntity<String> robots() {
		String body = "User-agent: *\nDisallow: /admin\nDisallow: /login\nDisallow: /*.csv$\nAllow: /\n\nSitemap: "
				+ base() + "/sitemap.xml\n";
		return ResponseEntity.ok().contentType(TEXT).body(body);
	}

	@GetMapping("/sitemap.xml")
	ResponseEntity<String> sitemap() {
		String base = base();
		List<String> addresses = new ArrayList<>(PAGES);
		for (String[] record : RECORDS) {
			this.jdbc.sql("select slug from " + record[0] + " where retired = false order by slug")
				.query(String.class)
				.list()
				.forEach((slug) -> addresses.add(record[1] + slug));
		}
		this.jdbc.sql("select id from statement where retired = false order by id")
			.query(Long.class)
			.list()
			.forEach((id) -> addresses.add("/statements/" + id));
		StringBuilder xml = new StringBuilder(
				"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
		for (String address : addresses) {
			xml.append("  <url><loc>").append(HtmlUtils.htmlEscape(base + address)).append("</loc></url>\n");
		}
		xml.append("</urlset>\n");
		return ResponseEntity.ok().contentType(XML).body(xml.toString());
	}

	private static String base() {
		return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
	}

}
