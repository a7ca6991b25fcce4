package org.peaceterms.explore;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The actor list and actor pages on the shipped data: offices, stance changes, statements
 * kept with the country they were said for, commitments, proposals, events, the as-of
 * date, and unknown actors.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ActorControllerTests {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void listGroupsActorsByKindWithCounts() {
		assertThat(this.mvc.get().uri("/actors")).hasStatusOk()
			.hasViewName("explore/actors")
			.bodyText()
			.contains("Countries (12)")
			.contains("Organisations (")
			.contains("Persons (")
			.contains("href=\"/actors/olaf-scholz\"")
			.contains("data-label=\"Statements\"");
	}

	@Test
	void germanyShowsItsChancellorsItsStanceChangeAndScholzsWords() {
		assertThat(this.mvc.get().uri("/actors/germany")).hasStatusOk()
			.hasViewName("explore/actor")
			.model()
			.containsKeys("actor", "offices", "tracks", "statements", "commitments", "proposed", "endorsements",
					"events");
		assertThat(this.mvc.get().uri("/actors/germany")).bodyText()
			.contains("Office holders")
			.contains("Olaf Scholz")
			.contains("Friedrich Merz")
			.contains("Chancellor of Germany")
			.contains("changed from Not now")
			.contains("\u201cUnfortunately we are still a long way off\u201d")
			.contains("Joint statement of European leaders on security guarantees for Ukraine (December 2025)")
			.contains("Zelensky and Merz joint press conference")
			.contains("The War Zone");
	}

	@Test
	void aPersonShowsTheOfficeHeldAndStatementsForTheCountry() {
		assertThat(this.mvc.get().uri("/actors/olaf-scholz")).hasStatusOk()
			.bodyText()
			.contains("Chancellor of Germany")
			.contains("href=\"/actors/germany\"")
			.contains("still a long way off")
			.contains("href=\"/statements?speaker=olaf-scholz\"");
	}

	@Test
	void commitmentsShowTheirRangeAndWording() {
		assertThat(this.mvc.get().uri("/actors/ukraine")).hasStatusOk()
			.bodyText()
			.contains("100,000\u2013150,000")
			.contains("between 100,000 and 150,000")
			.contains("Ask");
	}

	@Test
	void asOfHidesLaterPositionsStatementsAndProposalsAndLinksKeepTheDate() {
		assertThat(this.mvc.get().uri("/actors/germany?asOf=2025-03-01")).hasStatusOk()
			.bodyText()
			.contains("Showing the record as of 1 March 2025")
			.contains("Not now")
			.doesNotContain("changed from Not now")
			.doesNotContain("Joint statement of European leaders")
			.doesNotContain("16 Dec 2025")
			.contains("href=\"/actors/olaf-scholz?asOf=2025-03-01\"");
	}

	@Test
	void unknownActorIsNotFoundAndAMalformedDateABadRequest() {
		assertThat(this.mvc.get().uri("/actors/atlantis")).hasStatus(404);
		assertThat(this.mvc.get().uri("/actors/germany?asOf=March")).hasStatus(400);
	}

}
