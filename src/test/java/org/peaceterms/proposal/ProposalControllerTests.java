package org.peaceterms.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The proposal list and proposal pages on the shipped data: provisions in order with
 * figures and sources, endorsements, lineage both ways, the as-of date, unknown slugs.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ProposalControllerTests {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void listShowsProposalsNewestFirst() {
		assertThat(this.mvc.get().uri("/proposals")).hasStatusOk()
			.hasViewName("proposal/list")
			.bodyText()
			.containsSubsequence("href=\"/proposals/european-statement-2025-12-15\"",
					"href=\"/proposals/macron-troop-proposal-2024\"")
			.containsSubsequence("US security package for Ukraine", "href=\"/proposals/macron-troop-proposal-2024\"")
			.contains("Text not public")
			.contains("href=\"/proposals/european-statement-2025-12-15\"");
	}

	@Test
	void usPackageShowsItsProvisionsEndorsementsAndWhatItSupersedes() {
		assertThat(this.mvc.get().uri("/proposals/us-security-package-2025-12")).hasStatusOk()
			.hasViewName("proposal/show")
			.model()
			.containsKeys("proposal", "provisions", "endorsements", "supersededBy", "derivedInto");
		assertThat(this.mvc.get().uri("/proposals/us-security-package-2025-12")).bodyText()
			.containsSubsequence("Ukraine would maintain a standing army of 800,000 troops.",
					"America would provide a ceasefire monitoring")
			.contains("800,000")
			.contains("Paraphrase")
			.contains("Welcomed")
			.contains("Not public: the terms are known from reports")
			.contains("US-Ukraine talks in Berlin")
			.contains("Supersedes")
			.contains("href=\"/proposals/us-initial-proposals-2025\"")
			.contains("href=\"/topics/zaporizhzhia-npp\"");
	}

	@Test
	void lineageShowsTheLaterLinksToo() {
		assertThat(this.mvc.get().uri("/proposals/us-initial-proposals-2025")).hasStatusOk()
			.bodyText()
			.contains("Superseded by")
			.contains("href=\"/proposals/us-security-package-2025-12\"");
		assertThat(this.mvc.get().uri("/proposals/macron-troop-proposal-2024")).hasStatusOk()
			.bodyText()
			// The articles do not say the February force plan was derived from it
			// (docs/seed-data.md).
			.doesNotContain("Derived into");
	}

	@Test
	void asOfHidesLaterProposalsAndLinksKeepTheDate() {
		assertThat(this.mvc.get().uri("/proposals?asOf=2025-03-01")).hasStatusOk()
			.bodyText()
			.doesNotContain("US security package")
			.contains("href=\"/proposals/european-force-plan-2025-02?asOf=2025-03-01\"");
		assertThat(this.mvc.get().uri("/proposals/us-security-package-2025-12?asOf=2025-03-01")).hasStatus(404);
	}

	@Test
	void unknownProposalIsNotFound() {
		assertThat(this.mvc.get().uri("/proposals/treaty-of-nowhere")).hasStatus(404);
	}

}
