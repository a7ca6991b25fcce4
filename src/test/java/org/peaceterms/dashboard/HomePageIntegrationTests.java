package org.peaceterms.dashboard;

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
 * The home page rendered from the shipped data through the whole stack, and the friendly
 * error pages around it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class HomePageIntegrationTests {

	@Autowired
	private MockMvcTester mvc;

	@LocalServerPort
	private int port;

	@Test
	void homeShowsTheEuropeanStatementAndTheUsPackageWithSources() {
		assertThat(this.mvc.get().uri("/")).hasStatusOk()
			.bodyText()
			.contains("European")
			.contains("Joint statement")
			.contains("Text not public")
			.contains("The War Zone")
			.contains("RksNews");
	}

	@Test
	void homeShowsGermanysTroopStanceMovingOverTime() throws Exception {
		String feb = this.mvc.get().uri("/?asOf=2025-02-28").exchange().getResponse().getContentAsString();
		String now = this.mvc.get().uri("/").exchange().getResponse().getContentAsString();
		assertThat(rowOf(feb, "Germany")).contains("Not now");
		assertThat(rowOf(now, "Germany")).doesNotContain("Not now");
	}

	@Test
	void asOfBeforeAnyRecordShowsNoProposals() {
		assertThat(this.mvc.get().uri("/?asOf=2020-01-01")).hasStatusOk()
			.bodyText()
			.contains("No proposals are on record yet.")
			.contains("Showing the record as of 1 January 2020");
	}

	@Test
	void malformedAsOfGetsTheFriendly400PageWithoutEchoingTheInput() throws Exception {
		HttpResponse<String> response = fetch("/?asOf=%3Cscript%3Ealert(1)%3C/script%3E");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("could not be understood")
			.doesNotContain("<script>")
			.doesNotContain("Exception");
	}

	@Test
	void unknownAddressGetsTheFriendly404Page() throws Exception {
		HttpResponse<String> response = fetch("/no-such-page");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("Page not found").contains("Back to the overview");
	}

	@Test
	void healthIsUp() {
		assertThat(this.mvc.get().uri("/actuator/health")).hasStatusOk().bodyText().contains("UP");
	}

	private HttpResponse<String> fetch(String path) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
				.header("Accept", "text/html")
				.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** The country's row in the current-stance table (the strip above also names it). */
	private static String rowOf(String html, String country) {
		int at = html.indexOf(">" + country + "<", html.indexOf("id=\"stances-heading\""));
		assertThat(at).as("row for " + country).isPositive();
		return html.substring(at, html.indexOf("</tr>", at));
	}

}
