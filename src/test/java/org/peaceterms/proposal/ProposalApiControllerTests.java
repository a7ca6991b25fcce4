package org.peaceterms.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.peaceterms.ApiContract;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The proposals and provisions of the JSON API on the shipped data. */
@SpringBootTest
@AutoConfigureMockMvc
class ProposalApiControllerTests {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void listGivesProposalsNewestFirstWithProposersCitationsAndLineage() throws Exception {
		String body = ApiContract.list(this.mvc, "/api/v1/proposals");
		List<String> dates = ApiContract.each(body, "presentedOn");
		assertThat(dates).isSortedAccordingTo((a, b) -> b.compareTo(a));
		assertThat(ApiContract.<String>each(body, "slug")).contains("us-security-package-2025-12",
				"european-statement-2025-12-15");
		List<Map<String, Object>> items = JsonPath.read(body, "$.items");
		assertThat(items).allSatisfy((item) -> assertThat(item).containsKey("citations")
			.doesNotContainKey("provisions")
			.doesNotContainKey("endorsements"));
		String us = JsonPath.read(body, "$.items[?(@.slug == 'us-security-package-2025-12')].supersedes.slug")
			.toString();
		assertThat(us).contains("us-initial-proposals-2025");
	}

	@Test
	void asOfLeavesOutLaterProposals() throws Exception {
		String body = ApiContract.list(this.mvc, "/api/v1/proposals?asOf=2025-03-01");
		assertThat(ApiContract.<String>each(body, "presentedOn")).isNotEmpty()
			.allSatisfy((date) -> assertThat(date).isLessThanOrEqualTo("2025-03-01"));
	}

	@Test
	void detailAddsProvisionsAndEndorsementsEachWithCitations() throws Exception {
		String body = ApiContract.json(this.mvc, "/api/v1/proposals/european-statement-2025-12-15");
		List<Integer> numbers = JsonPath.read(body, "$.provisions[*].number");
		assertThat(numbers).isNotEmpty().isSorted();
		assertThat(JsonPath.<List<Object>>read(body, "$.provisions[*].citations[0].title")).hasSameSizeAs(numbers);
		assertThat((String) JsonPath.read(body, "$.provisions[0].figure.range")).isEqualTo("\u2264 800,000");
		List<String> endorsers = JsonPath.read(body, "$.endorsements[*].actor.slug");
		assertThat(endorsers).contains("germany", "france");
		assertThat(JsonPath.<List<String>>read(body, "$.endorsements[*].citation.publishedOn")).isNotEmpty();
		assertThat((String) JsonPath.read(body, "$.links.provisions"))
			.isEqualTo("/api/v1/provisions?proposal=european-statement-2025-12-15");
		ApiContract.problem(this.mvc, "/api/v1/proposals/no-such-plan", 404);
	}

	@Test
	void provisionsFilterByProposalAndTopic() throws Exception {
		String body = ApiContract.list(this.mvc,
				"/api/v1/provisions?proposal=us-security-package-2025-12&topic=ukraine-army-size");
		assertThat(ApiContract.<String>each(body, "text"))
			.contains("Ukraine would maintain a standing army of 800,000 troops.");
		assertThat(ApiContract.<String>each(body, "proposal.slug")).containsOnly("us-security-package-2025-12");
		assertThat(ApiContract.<String>each(body, "topic.slug")).containsOnly("ukraine-army-size");
		assertThat(ApiContract.<Integer>each(body, "number")).isSorted();
		String all = ApiContract.list(this.mvc, "/api/v1/provisions?size=100&asOf=2025-03-01");
		assertThat(ApiContract.<String>each(all, "proposal.slug")).doesNotContain("us-security-package-2025-12");
		ApiContract.problem(this.mvc, "/api/v1/provisions?proposal=nope", 400);
	}

	@Test
	void provisionDetail() throws Exception {
		String body = ApiContract.json(this.mvc, "/api/v1/provisions/1");
		assertThat((Integer) JsonPath.read(body, "$.number")).isEqualTo(1);
		assertThat((String) JsonPath.read(body, "$.links.html"))
			.isEqualTo("/proposals/us-security-package-2025-12#provision-1");
		ApiContract.problem(this.mvc, "/api/v1/provisions/987654", 404);
		ApiContract.problem(this.mvc, "/api/v1/provisions/one", 400);
	}

}
