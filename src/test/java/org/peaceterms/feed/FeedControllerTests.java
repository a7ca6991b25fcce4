package org.peaceterms.feed;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.io.WireFeedInput;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.peaceterms.ApiContract;
import org.peaceterms.opendata.AtomFeed;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.xml.sax.InputSource;

/**
 * The Atom feeds on the shipped data, parsed by Rome and held to the elements RFC 4287
 * requires: feed id, title, updated and author (or an author in every entry); entry id,
 * title, updated and an alternate link; plus the links this site promises (the statement
 * page and the source).
 */
@SpringBootTest
@AutoConfigureMockMvc
public class FeedControllerTests {

	public static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

	@Autowired
	private MockMvcTester mvc;

	@Test
	void siteFeedHasNewStatementsAndStanceChangesNewestFirst() throws Exception {
		Feed feed = parse(ApiContract.get(this.mvc, "/feed.atom", ATOM));
		assertRfc4287(feed);
		List<Entry> entries = feed.getEntries();
		assertThat(entries).hasSizeBetween(10, AtomFeed.ENTRIES);
		assertThat(entries).extracting((entry) -> entry.getUpdated()).isSortedAccordingTo((a, b) -> b.compareTo(a));
		assertThat(entries).extracting(Entry::getId)
			.anyMatch((id) -> id.startsWith("tag:peace-terms-tracker,2025:statement-"))
			.doesNotHaveDuplicates();
		assertThat(feed.getUpdated()).isEqualTo(entries.get(0).getUpdated());
		assertThat(link(feed.getOtherLinks(), "self")).endsWith("/feed.atom");
	}

	@Test
	void statementEntriesLinkToTheStatementPageAndTheSourceAndQuoteTheText() throws Exception {
		Feed feed = parse(ApiContract.get(this.mvc, "/actors/germany/feed.atom", ATOM));
		Entry merz = feed.getEntries()
			.stream()
			.filter((entry) -> entry.getId().endsWith(":statement-6"))
			.findFirst()
			.orElseThrow();
		assertThat(link(merz.getAlternateLinks(), "alternate")).endsWith("/statements/6");
		assertThat(link(merz.getOtherLinks(), "related"))
			.endsWith("/sources/news-2025-12-16-europe-ready-to-send-troops");
		assertThat(merz.getAuthors()).extracting((author) -> author.getName()).containsExactly("Friedrich Merz");
		assertThat(merz.getContents()).extracting(Content::getValue)
			.containsExactly("The discussions brought the two sides closer to a genuine peace process than ever "
					+ "since Russia's full-scale invasion in 2022.");
		assertThat(merz.getContents().get(0).getType()).isEqualTo("text");
	}

	@Test
	void aStanceChangeIsAnEntryButAFirstPositionIsNot() throws Exception {
		Feed feed = parse(ApiContract.get(this.mvc, "/actors/germany/feed.atom", ATOM));
		assertRfc4287(feed);
		assertThat(feed.getTitle()).contains("Germany");
		List<Entry> changes = feed.getEntries()
			.stream()
			.filter((entry) -> entry.getId().contains(":position-"))
			.toList();
		assertThat(changes).extracting(Entry::getTitle)
			.containsExactly("Germany on Multinational force / foreign troops: Not now \u2192 Open");
		assertThat(link(changes.get(0).getAlternateLinks(), "alternate")).contains("/statements/");
		assertThat(link(changes.get(0).getOtherLinks(), "related")).isNotBlank();
	}

	@Test
	void unknownActorHasNoFeed() {
		assertThat(this.mvc.get().uri("/actors/atlantis/feed.atom")).hasStatus(404);
	}

	public static Feed parse(String xml) throws Exception {
		WireFeedInput input = new WireFeedInput();
		input.setXmlHealerOn(false);
		Feed feed = (Feed) input.build(new InputSource(new StringReader(xml)));
		assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
		return feed;
	}

	public static void assertRfc4287(Feed feed) {
		assertThat(feed.getId()).as("atom:feed/atom:id").startsWith("tag:");
		assertThat(feed.getTitle()).as("atom:feed/atom:title").isNotBlank();
		assertThat(feed.getUpdated()).as("atom:feed/atom:updated").isNotNull();
		assertThat(feed.getAuthors()).as("atom:feed/atom:author").isNotEmpty();
		assertThat(link(feed.getOtherLinks(), "self")).startsWith("http");
		for (Entry entry : feed.getEntries()) {
			assertThat(entry.getId()).as("atom:entry/atom:id").startsWith("tag:");
			assertThat(entry.getTitle()).as("atom:entry/atom:title of %s", entry.getId()).isNotBlank();
			assertThat(entry.getUpdated()).as("atom:entry/atom:updated of %s", entry.getId()).isNotNull();
			assertThat(entry.getAuthors()).as("atom:entry/atom:author of %s", entry.getId()).isNotEmpty();
			assertThat(entry.getContents()).as("atom:entry/atom:content of %s", entry.getId()).hasSize(1);
			assertThat(link(entry.getAlternateLinks(), "alternate")).as("alternate link of %s", entry.getId())
				.startsWith("http");
			assertThat(link(entry.getOtherLinks(), "related")).as("source link of %s", entry.getId())
				.startsWith("http");
		}
	}

	static String link(List<Link> links, String rel) {
		return links.stream()
			.filter((link) -> rel.equals(link.getRel()))
			.map(Link::getHref)
			.findFirst()
			.orElseThrow(() -> new AssertionError("no link rel=" + rel));
	}

}
