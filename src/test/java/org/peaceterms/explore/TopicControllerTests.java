package org.peaceterms.explore;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The topic list and topic pages on the shipped data: question and ladder, provisions of
 * every proposal, every actor's positions over time, statements, commitments, as of a
 * date.
 */
@SpringBootTest
@AutoConfigureMockMvc
class TopicControllerTests {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void listShowsTopicsInTheirOrderWithTheirQuestions() {
		assertThat(this.mvc.get().uri("/topics")).hasStatusOk()
			.hasViewName("explore/topics")
			.bodyText()
			.containsSubsequence("Ukraine army size", "Multinational force / foreign troops", "Ceasefire monitoring",
					"Compensation and claims")
			.contains("Will the actor send its own troops to Ukraine to back a peace deal?")
			.contains("Troop-deployment ladder");
	}

	@Test
	void troopsTopicGathersProvisionsPositionsStatementsAndCommitments() {
		assertThat(this.mvc.get().uri("/topics/multinational-force")).hasStatusOk()
			.hasViewName("explore/topic")
			.bodyText()
			.contains("Rules out")
			.contains("Leads the force.")
			.contains("US package (Dec 2025) \u00b7 provision 7")
			.contains("European force plan (Feb 2025)")
			.contains("\u2265 30,000")
			.contains("changed from Not now")
			.contains("still a long way off")
			.contains("100,000\u2013150,000")
			.contains("\u2264 10,000")
			.contains("nearly 10,000")
			.contains("\u201ctens of thousands\u201d (no number given)");
	}

	@Test
	void asOfHidesLaterProposalsAndPositions() {
		assertThat(this.mvc.get().uri("/topics/multinational-force?asOf=2025-03-01")).hasStatusOk()
			.bodyText()
			.contains("European force plan (Feb 2025)")
			.doesNotContain("US package (Dec 2025)")
			.doesNotContain("changed from Not now")
			.contains("href=\"/actors/germany?asOf=2025-03-01\"");
	}

	@Test
	void statementsArePagedTwentyFiveAtATimeWithLinksBackToTheList() {
		assertThat(this.mvc.get().uri("/topics/multinational-force")).hasStatusOk()
			.bodyText()
			.contains("Showing 1\u201325 of ")
			.contains("href=\"/topics/multinational-force?page=2#statements-heading\"")
			.contains("data-server-sorted=\"paged\"")
			.doesNotContain("rel=\"prev\"");
		assertThat(this.mvc.get().uri("/topics/multinational-force?asOf=2025-12-31&page=2")).hasStatusOk()
			.bodyText()
			.contains("Showing 26\u2013")
			.contains("Page 2 of ")
			.contains("href=\"/topics/multinational-force?asOf=2025-12-31&amp;page=1#statements-heading\"");
	}

	@Test
	void aBadPageIsABadRequestAndAPagePastTheEndSaysSo() {
		assertThat(this.mvc.get().uri("/topics/multinational-force?page=zero")).hasStatus(400);
		assertThat(this.mvc.get().uri("/topics/multinational-force?page=0")).hasStatus(400);
		assertThat(this.mvc.get().uri("/topics/multinational-force?page=99")).hasStatusOk()
			.bodyText()
			.contains("There is no page 99: the list ends on page ")
			.contains("rel=\"prev\"");
	}

	@Test
	void positionsShowEachActorsLatestWithALinkToItsHistoryAndCommitmentsLinkToTheirFullList() {
		assertThat(this.mvc.get().uri("/topics/multinational-force")).hasStatusOk()
			.bodyText()
			.contains("latest position on this topic, with the level it left")
			.contains("href=\"/actors/germany#topic-multinational-force\"")
			.containsPattern("\\d+ positions of Germany on this topic, over time")
			.contains("href=\"/commitments?topic=multinational-force\"");
		assertThat(this.mvc.get().uri("/topics/multinational-force?asOf=2025-12-31")).hasStatusOk()
			.bodyText()
			.contains("href=\"/actors/germany?asOf=2025-12-31#topic-multinational-force\"")
			.contains("href=\"/commitments?topic=multinational-force&amp;asOf=2025-12-31\"");
	}

	@Test
	void unknownTopicIsNotFound() {
		assertThat(this.mvc.get().uri("/topics/the-weather")).hasStatus(404);
	}

}
