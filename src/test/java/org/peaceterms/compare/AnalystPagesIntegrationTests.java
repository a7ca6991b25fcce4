package org.peaceterms.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The analyst pages (compare, stances, commitments, the dashboard's blocks) rendered from
 * the shipped data through the whole stack, with the as-of date and the friendly error
 * pages.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class AnalystPagesIntegrationTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private ComparisonService comparisons;

	@LocalServerPort
	private int port;

	@Test
	void theDefaultComparisonUsesTheEditorsRelationsAndSaysWhatIsNotAssessed() {
		assertThat(this.mvc.get().uri("/compare")).hasStatusOk()
			.bodyText()
			.contains("US package (Dec 2025)")
			.contains("European statement (Dec 2025)")
			.contains("800,000 troops")
			.contains("\u2264 800,000 personnel")
			.contains("army at about 800,000")
			.contains("Only in US package (Dec 2025)")
			.contains("Only in European statement (Dec 2025)")
			.contains("NATO membership");
	}

	@Test
	void theDashboardSummaryCountsWhatTheComparePageShows() {
		Comparison comparison = this.comparisons.compareDefault(org.peaceterms.shared.AsOf.today()).orElseThrow();
		assertThat(comparison.aligned()).isEqualTo(3);
		assertThat(comparison.oneSided()).isEqualTo(4);
		// Every topic both proposals address has an editor's relation (issue 9), and the
		// European statement's fifth point covers compensation, so it is no gap.
		assertThat(comparison.notAssessed()).isEqualTo(0);
		assertThat(comparison.gaps()).extracting((topic) -> topic.getSlug())
			.contains("nato-membership")
			.doesNotContain("compensation-claims");
		assertThat(this.mvc.get().uri("/")).hasStatusOk()
			.bodyText()
			.containsPattern("\\d+ topics compared")
			.contains("Germany")
			.contains("100,000\u2013150,000");
	}

	@Test
	void anyTwoProposalsCanBeComparedAndAsOfHidesLaterOnes() {
		assertThat(this.mvc.get().uri("/compare?left=us-outline-2025-02&right=european-force-plan-2025-02"))
			.hasStatusOk()
			.bodyText()
			.contains("US outline (Feb 2025)")
			.contains("upwards of 30,000");
		assertThat(this.mvc.get().uri("/compare?asOf=2025-03-01")).hasStatusOk()
			.bodyText()
			.contains("was not on record yet as of this date")
			.doesNotContain("US package (Dec 2025)</option>");
		assertThat(this.mvc.get()
			.uri("/compare?left=us-security-package-2025-12&right=us-outline-2025-02&asOf=2025-03-01")).hasStatus(404);
	}

	@Test
	void theStanceTimelineShowsGermanysChangeWithItsSourceAndAsOfHidesIt() {
		assertThat(this.mvc.get().uri("/stances")).hasStatusOk()
			.bodyText()
			.contains("Germany: Not now \u2192 Open")
			.contains("United States: Rules out \u2192 Non-ground support, 1 Sept 2025")
			.contains("class=\"mark\"");
		assertThat(this.mvc.get().uri("/stances?asOf=2025-06-30")).hasStatusOk()
			.bodyText()
			.doesNotContain("Not now \u2192 Open")
			.contains("30 Jun 2025");
		assertThat(this.mvc.get().uri("/stances?topic=territory&group=all")).hasStatusOk()
			.bodyText()
			.contains("Russia");
	}

	@Test
	void theCommitmentsPageShowsTheAskAgainstEstimatesAndAsOfHidesLaterPledges() {
		assertThat(this.mvc.get().uri("/commitments")).hasStatusOk()
			.bodyText()
			.contains("100,000\u2013150,000")
			.contains("\u2264 10,000")
			.contains("tens of thousands")
			.contains("Coalition of the willing");
		assertThat(this.mvc.get().uri("/commitments?asOf=2025-02-15&kind=TROOPS")).hasStatusOk()
			.bodyText()
			.doesNotContain("Coalition of the willing")
			.doesNotContain("\u2264 10,000 (open-ended)");
	}

	@Test
	void badInputGetsFriendlyErrorPagesWithoutEchoingIt() throws Exception {
		for (String path : new String[] { "/compare?left=%3Cscript%3E", "/stances?topic=%3Cscript%3E" }) {
			HttpResponse<String> response = fetch(path);
			assertThat(response.statusCode()).as(path).isEqualTo(404);
			assertThat(response.body()).contains("Page not found").doesNotContain("<script>");
		}
		// An unknown filter value is a 400 everywhere, /commitments included.
		for (String path : new String[] { "/commitments?actor=%3Cscript%3E", "/stances?from=%3Cscript%3E",
				"/commitments?kind=%3Cscript%3E", "/stances?group=%3Cscript%3E", "/compare?asOf=2025-99-99" }) {
			HttpResponse<String> response = fetch(path);
			assertThat(response.statusCode()).as(path).isEqualTo(400);
			assertThat(response.body()).contains("could not be understood").doesNotContain("<script>");
		}
		HttpResponse<String> same = fetch(
				"/compare?left=european-statement-2025-12-15&right=european-statement-2025-12-15");
		assertThat(same.statusCode()).isEqualTo(400);
		assertThat(same.body()).contains("Pick two different proposals");
	}

	private HttpResponse<String> fetch(String path) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
				.header("Accept", "text/html")
				.build(), HttpResponse.BodyHandlers.ofString());
	}

}
