package org.peaceterms.explore;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The events timeline on the shipped data, grouped by month, and as of a date. */
@SpringBootTest
@AutoConfigureMockMvc
class EventControllerTests {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void timelineShowsEventsNewestFirstWithParticipantsSourcesAndProposals() {
		assertThat(this.mvc.get().uri("/events")).hasStatusOk()
			.hasViewName("explore/events")
			.bodyText()
			.containsSubsequence("December 2025", "US-Ukraine talks in Berlin", "September 2025",
					"Paris summit on European troop plans for Ukraine", "February 2025", "December 2024")
			.contains("id=\"berlin-talks-2025-12-14\"")
			.contains("US security package for Ukraine presented in Berlin (December 2025)")
			.contains("href=\"/actors/steve-witkoff\"")
			.contains("How we know")
			.contains("Talks");
	}

	@Test
	void asOfHidesLaterEvents() {
		assertThat(this.mvc.get().uri("/events?asOf=2025-03-01")).hasStatusOk()
			.bodyText()
			.contains("February 2025")
			.doesNotContain("December 2025")
			.doesNotContain("US-Ukraine talks in Berlin");
	}

}
