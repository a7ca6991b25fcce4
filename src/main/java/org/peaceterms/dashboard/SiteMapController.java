package org.peaceterms.dashboard;

import java.util.ArrayList;
import java.util.List;
import org.peaceterms.actor.Actor;
import org.peaceterms.actor.ActorRepository;
import org.peaceterms.proposal.Proposal;
import org.peaceterms.proposal.ProposalRepository;
import org.peaceterms.source.Source;
import org.peaceterms.source.SourceRepository;
import org.peaceterms.topic.Topic;
import org.peaceterms.topic.TopicRepository;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.HtmlUtils;

/**
 * What search engines read first: {@code robots.txt} (everything public may be indexed,
 * the admin area and the login page not; where the sitemap is) and {@code sitemap.xml}
 * (the list pages, and the page of every actor, proposal, topic and source on record).
 * Statements are reached from those pages, not listed one by one.
 */
@Controller
class SiteMapController {

	private static final List<String> LIST_PAGES = List.of("/", "/compare", "/stances", "/commitments", "/statements",
			"/proposals", "/actors", "/topics", "/events", "/sources");

	private final ActorRepository actors;

	private final ProposalRepository proposals;

	private final TopicRepository topics;

	private final SourceRepository sources;

	SiteMapController(ActorRepository actors, ProposalRepository proposals, TopicRepository topics,
			SourceRepository sources) {
		this.actors = actors;
		this.proposals = proposals;
		this.topics = topics;
		this.sources = sources;
	}

	@GetMapping(path = "/robots.txt", produces = MediaType.TEXT_PLAIN_VALUE)
	ResponseEntity<String> robots() {
		String body = """
				User-agent: *
				Disallow: /admin
				Disallow: /login
				Allow: /

				Sitemap: %s/sitemap.xml
				""".formatted(root());
		return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body(body);
	}

	@GetMapping(path = "/sitemap.xml", produces = MediaType.APPLICATION_XML_VALUE)
	@Transactional(readOnly = true)
	ResponseEntity<String> sitemap() {
		List<String> paths = new ArrayList<>(LIST_PAGES);
		this.actors.findByRetiredFalseOrderByName()
			.stream()
			.map(Actor::getSlug)
			.forEach((slug) -> paths.add("/actors/" + slug));
		this.proposals.findByRetiredFalseOrderByPresentedOnDescTitle()
			.stream()
			.map(Proposal::getSlug)
			.forEach((slug) -> paths.add("/proposals/" + slug));
		this.topics.findByRetiredFalseOrderBySortOrder()
			.stream()
			.map(Topic::getSlug)
			.forEach((slug) -> paths.add("/topics/" + slug));
		this.sources.findByRetiredFalseOrderByPublishedOnDesc()
			.stream()
			.map(Source::getSlug)
			.forEach((slug) -> paths.add("/sources/" + slug));
		String root = root();
		StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
			.append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
		for (String path : paths) {
			xml.append("  <url><loc>").append(HtmlUtils.htmlEscape(root + path)).append("</loc></url>\n");
		}
		xml.append("</urlset>\n");
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(xml.toString());
	}

	private static String root() {
		return ServletUriComponentsBuilder.fromCurrentContextPath().replacePath(null).build().toUriString();
	}

}
