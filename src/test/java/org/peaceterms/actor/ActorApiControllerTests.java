package org.peaceterms.actor;

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

/** The actors of the JSON API on the shipped data. */
@SpringBootTest
@AutoConfigureMockMvc
class ActorApiControllerTests {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void listGivesActorsByNameAndFiltersByKind() throws Exception {
		String body = ApiContract.list(this.mvc, "/api/v1/actors?size=100");
		List<String> names = ApiContract.each(body, "name");
		assertThat(names).contains("Germany", "Donald Trump").isSorted();
		String countries = ApiContract.list(this.mvc, "/api/v1/actors?kind=country&size=100");
		assertThat(ApiContract.<String>each(countries, "kind")).isNotEmpty().containsOnly("COUNTRY");
		assertThat(ApiContract.<String>each(countries, "isoCode")).contains("DE", "UA");
		assertThat(ApiContract.<String>each(countries, "isoAlpha3")).contains("DEU", "UKR");
		assertThat(ApiContract.<String>each(countries, "wikidata")).contains("Q183", "Q212");
		ApiContract.problem(this.mvc, "/api/v1/actors?kind=planet", 400);
	}

	@Test
	void detailGivesAPersonsOfficesWithSourcesAndLinksToWhatTheySaid() throws Exception {
		String body = ApiContract.json(this.mvc, "/api/v1/actors/olaf-scholz");
		List<Map<String, Object>> offices = JsonPath.read(body, "$.offices");
		assertThat(offices).isNotEmpty();
		assertThat(offices.get(0)).containsKeys("title", "organisation", "validFrom", "validTo", "citation");
		Map<String, String> links = JsonPath.read(body, "$.links");
		assertThat(links).containsEntry("statements", "/api/v1/statements?speaker=olaf-scholz")
			.containsEntry("feed", "/actors/olaf-scholz/feed.atom");
		String country = ApiContract.json(this.mvc, "/api/v1/actors/germany");
		assertThat((String) JsonPath.read(country, "$.links.statements"))
			.isEqualTo("/api/v1/statements?country=germany");
		ApiContract.problem(this.mvc, "/api/v1/actors/atlantis", 404);
	}

	@Test
	void listsLeaveOfficesToTheDetail() throws Exception {
		String body = ApiContract.list(this.mvc, "/api/v1/actors?kind=person");
		assertThat(JsonPath.<List<Map<String, Object>>>read(body, "$.items"))
			.allSatisfy((actor) -> assertThat(actor).doesNotContainKey("offices"));
	}

}
