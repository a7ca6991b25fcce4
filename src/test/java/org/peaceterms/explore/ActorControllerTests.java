package org.peaceterms.explore;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.peaceterms.DownloadContract;
import org.peaceterms.DownloadContract.Table;
import org.peaceterms.actor.Actor;
import org.peaceterms.actor.ActorKind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.web.servlet.ModelAndView;

/**
 * The actor list (with its filters and downloads) and actor pages on the shipped data:
 * offices, stance changes, statements kept with the country they were said for,
 * commitments, proposals, events, the as-of date, and unknown actors.
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
	void listFiltersByKindAndCountsWhatItShows() {
		assertThat(this.mvc.get().uri("/actors?kind=COUNTRY")).hasStatusOk()
			.bodyText()
			.contains("Countries (12)")
			.contains("12 actors match these filters.")
			.contains("<option value=\"COUNTRY\" selected=\"selected\">Country</option>")
			.doesNotContain("Persons (")
			.doesNotContain("href=\"/actors/olaf-scholz\"");
		assertThat(this.mvc.get().uri("/actors?kind=person")).hasStatusOk()
			.bodyText()
			.contains("href=\"/actors/olaf-scholz\"")
			.doesNotContain("Countries (");
	}

	@Test
	void listFormIsLabelledAndOffersToClearOnlyWhenFiltered() {
		assertThat(this.mvc.get().uri("/actors")).hasStatusOk()
			.bodyText()
			.contains("<label for=\"q\">")
			.contains("<label for=\"kind\">")
			.contains("<label for=\"has\">")
			.contains("<button type=\"submit\">Show</button>")
			.containsPattern("\\d+ actors on record\\.")
			.doesNotContain("Clear the filters");
		assertThat(this.mvc.get().uri("/actors?kind=PERSON&asOf=2025-03-01")).hasStatusOk()
			.bodyText()
			.contains("<a href=\"/actors?asOf=2025-03-01\">Clear the filters</a>")
			.contains("<input type=\"hidden\" name=\"asOf\" value=\"2025-03-01\">");
	}

	@Test
	void searchFindsNamesAndAliasesWhateverTheCaseAndAccents() {
		for (String q : new String[] { "zelenskiy", "ZELENSKYY", "Zelensky", "volodymyr zelenskij" }) {
			assertThat(this.mvc.get().uri("/actors").param("q", q)).as(q)
				.hasStatusOk()
				.bodyText()
				.contains("href=\"/actors/volodymyr-zelensky\"")
				.contains("One actor matches these filters.")
				.contains("value=\"" + q + "\"");
		}
		for (String q : new String[] { "jose", "JOSÉ manuel", "Albarés" }) {
			assertThat(this.mvc.get().uri("/actors").param("q", q)).as(q)
				.hasStatusOk()
				.bodyText()
				.contains("href=\"/actors/jose-manuel-albares\"")
				.contains("One actor matches these filters.");
		}
		assertThat(this.mvc.get().uri("/actors").param("q", "kiev")).hasStatusOk()
			.bodyText()
			.contains("href=\"/actors/ukraine\"")
			.contains("One actor matches these filters.");
		assertThat(this.mvc.get().uri("/actors").param("q", "von-der leyen")).hasStatusOk()
			.bodyText()
			.contains("href=\"/actors/ursula-von-der-leyen\"");
		assertThat(this.mvc.get().uri("/actors").param("q", "nobody-by-this-name")).hasStatusOk()
			.bodyText()
			.contains("No actor matches these filters.")
			.doesNotContain("<table");
	}

	@Test
	void hasKeepsActorsWithStatementsOrPositionsAsOfTheDate() {
		for (String has : new String[] { "statements", "positions" }) {
			Map<String, Object> all = model("/actors");
			Map<String, Object> kept = model("/actors?has=" + has);
			Map<Long, Long> counts = counts(kept, has);
			List<Actor> shown = shown(kept);
			assertThat(shown).as(has)
				.isNotEmpty()
				.allSatisfy((actor) -> assertThat(counts.get(actor.getId())).isPositive());
			assertThat(shown).as(has).hasSizeLessThan(shown(all).size());
			assertThat(shown(all)).filteredOn((actor) -> counts.getOrDefault(actor.getId(), 0L) > 0)
				.extracting(Actor::getSlug)
				.containsExactlyInAnyOrderElementsOf(shown.stream().map(Actor::getSlug).toList());
		}
		assertThat(shown(model("/actors?has=positions&asOf=2025-01-01")))
			.hasSizeLessThan(shown(model("/actors?has=positions")).size());
	}

	@Test
	void filtersCombine() {
		assertThat(shown(model("/actors?kind=PERSON&q=merz&has=statements"))).extracting(Actor::getSlug)
			.containsExactly("friedrich-merz");
		assertThat(this.mvc.get().uri("/actors?kind=COUNTRY&q=zelensky")).hasStatusOk()
			.bodyText()
			.contains("No actor matches these filters.");
		assertThat(shown(model("/actors?kind=COUNTRY&q=kyiv&has=positions"))).extracting(Actor::getSlug)
			.containsExactly("ukraine");
	}

	@Test
	void unknownKindOrHasIsABadRequest() {
		assertThat(this.mvc.get().uri("/actors?kind=planet")).hasStatus(400);
		assertThat(this.mvc.get().uri("/actors?has=everything")).hasStatus(400);
		assertThat(this.mvc.get().uri("/actors.csv?kind=planet")).hasStatus(400);
		assertThat(this.mvc.get().uri("/actors.json?has=everything")).hasStatus(400);
	}

	@Test
	void downloadsHonourTheFilters() throws Exception {
		Table persons = DownloadContract.csv(this.mvc, "/actors", "kind=PERSON&q=zelenskiy");
		assertThat(persons.column("slug")).containsExactly("volodymyr-zelensky");
		Table withPositions = DownloadContract.csv(this.mvc, "/actors", "has=positions&kind=COUNTRY");
		assertThat(withPositions.column("slug")).containsExactlyInAnyOrderElementsOf(
				shown(model("/actors?has=positions&kind=COUNTRY")).stream().map(Actor::getSlug).toList());
		assertThat(withPositions.column("kind")).containsOnly("COUNTRY");
		assertThat(withPositions.column("positions")).doesNotContain("0");
		String json = DownloadContract.json(this.mvc, "/actors", "q=albares&kind=PERSON", persons.header());
		assertThat(JsonPath.<List<String>>read(json, "$.rows[*].slug")).containsExactly("jose-manuel-albares");
	}

	private Map<String, Object> model(String uri) {
		ModelAndView view = this.mvc.get().uri(uri).exchange().getMvcResult().getModelAndView();
		assertThat(view).as(uri).isNotNull();
		return view.getModel();
	}

	@SuppressWarnings("unchecked")
	private static List<Actor> shown(Map<String, Object> model) {
		return ((Map<ActorKind, List<Actor>>) model.get("byKind")).values().stream().flatMap(List::stream).toList();
	}

	@SuppressWarnings("unchecked")
	private static Map<Long, Long> counts(Map<String, Object> model, String has) {
		return (Map<Long, Long>) model.get(has.equals("statements") ? "statementCounts" : "positionCounts");
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
