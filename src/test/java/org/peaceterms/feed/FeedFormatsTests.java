package org.peaceterms.feed;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.peaceterms.JsonSchemas;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Every feed of the site, for the whole site, an actor, a topic, a proposal and a
 * statement search, as Atom (parsed by Rome and held to RFC 4287's required elements) and
 * as JSON Feed 1.1 (validated against its JSON Schema), with the same entries in both and
 * each entry's citation.
 */
@SpringBootTest
@AutoConfigureMockMvc
class FeedFormatsTests {

	private static final List<String> FEEDS = List.of("/feed", "/actors/germany/feed", "/topics/territory/feed",
			"/topics/multinational-force/feed", "/proposals/us-security-package-2025-12/feed",
			"/statements/feed?q=troops", "/statements/feed?country=germany&from=2025-01-01");

	@Autowired
	private MockMvcTester mvc;

	@Test
	void everyFeedValidatesAsAtomAndAsJsonFeedWithTheSameEntries() throws Exception {
		for (String address : FEEDS) {
			String atomAddress = address.replaceFirst("feed", "feed.atom");
			String jsonAddress = address.replaceFirst("feed", "feed.json");
			MvcTestResult atom = this.mvc.get().uri(atomAddress).exchange();
			assertThat(atom).as(atomAddress).hasStatusOk().hasContentType("application/atom+xml;charset=UTF-8");
			Feed feed = FeedControllerTests.parse(atom.getResponse().getContentAsString());
			FeedControllerTests.assertRfc4287(feed);
			assertThat(feed.getEntries()).as(atomAddress).isNotEmpty();

			MvcTestResult json = this.mvc.get().uri(jsonAddress).exchange();
			assertThat(json).as(jsonAddress).hasStatusOk().hasContentType("application/feed+json;charset=UTF-8");
			assertThat(json).headers().hasValue(HttpHeaders.LINK, org.peaceterms.opendata.DataLicence.LINK_HEADER);
			String body = json.getResponse().getContentAsString();
			JsonSchemas.assertValid(JsonSchemas.JSON_FEED, body);
			assertThat(JsonPath.<List<String>>read(body, "$.items[*].id")).as(jsonAddress)
				.containsExactlyElementsOf(feed.getEntries().stream().map(Entry::getId).toList());
			assertThat(JsonPath.<List<String>>read(body, "$.items[*]._citation.url")).as("citations of " + jsonAddress)
				.hasSize(feed.getEntries().size());
			assertThat(JsonPath.<String>read(body, "$.feed_url")).endsWith(jsonAddress);
		}
	}

	@Test
	void topicFeedHasStanceChangesOnItAndSearchFeedHasOnlyMatchingStatements() throws Exception {
		Feed topic = FeedControllerTests.parse(this.mvc.get()
			.uri("/topics/multinational-force/feed.atom")
			.exchange()
			.getResponse()
			.getContentAsString());
		assertThat(topic.getEntries()).allSatisfy((entry) -> assertThat(entry.getCategories())
			.anyMatch((category) -> category.getTerm().equals("multinational-force")));
		Feed search = FeedControllerTests
			.parse(this.mvc.get().uri("/statements/feed.atom?q=troops").exchange().getResponse().getContentAsString());
		String found = this.mvc.get()
			.uri("/api/v1/statements?q=troops&size=100")
			.exchange()
			.getResponse()
			.getContentAsString();
		List<String> ids = JsonPath.<List<Integer>>read(found, "$.items[*].id")
			.stream()
			.map((id) -> "tag:peace-terms-tracker,2025:statement-" + id)
			.toList();
		assertThat(search.getEntries()).isNotEmpty().allSatisfy((entry) -> assertThat(ids).contains(entry.getId()));
	}

	@Test
	void badFeedAddressesAreA400OrA404() {
		assertThat(this.mvc.get().uri("/statements/feed.atom?from=yesterday")).hasStatus(400);
		assertThat(this.mvc.get().uri("/statements/feed.json?speaker=atlantis")).hasStatus(400);
		assertThat(this.mvc.get().uri("/topics/atlantis/feed.json")).hasStatus(404);
		assertThat(this.mvc.get().uri("/proposals/atlantis/feed.atom")).hasStatus(404);
	}

}
