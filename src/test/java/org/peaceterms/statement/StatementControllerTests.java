package org.peaceterms.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.domain.Page;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.json.JsonMapper;

/**
 * The statements page on the shipped data: search, filters, pages, the as-of date, and
 * bad or hostile input answered with a 400 or an escaped echo, never a 500.
 */
@SpringBootTest
@AutoConfigureMockMvc
class StatementControllerTests {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void listShowsTheNewestStatementsWithSpeakerSourceAndPager() {
		MvcTestResult result = this.mvc.get().uri("/statements").exchange();
		assertThat(result).hasStatusOk()
			.hasViewName("statement/list")
			.model()
			.containsKeys("result", "speakers", "countries", "topics");
		Page<?> page = (Page<?>) result.getMvcResult().getModelAndView().getModel().get("result");
		assertThat(page.getContent()).hasSize(StatementRepository.PAGE_SIZE);
		assertThat(page.getTotalElements()).isGreaterThan(StatementRepository.PAGE_SIZE);
		assertThat(result).bodyText()
			.contains("Showing 1\u201325 of " + page.getTotalElements())
			.contains("href=\"/statements?page=2\"")
			.contains("Page 1 of " + page.getTotalPages())
			.contains("<label for=\"q\">Words</label>");
	}

	@Test
	void searchFindsScholzsQuoteInQuotationMarksAttributedToGermany() {
		assertThat(this.mvc.get().uri("/statements").param("q", "STILL a long way")).hasStatusOk()
			.bodyText()
			.contains("\u201cUnfortunately we are <mark>still</mark> a <mark>long</mark> <mark>way</mark> off\u201d")
			.contains("Olaf Scholz")
			.contains(">Germany</a>")
			.contains("via S\u00fcddeutsche Zeitung")
			.contains("The War Zone")
			.contains("Showing 1\u20131 of 1");
	}

	@Test
	void searchMatchesTheContextToo() {
		assertThat(this.mvc.get().uri("/statements").param("q", "Washington clarified")).hasStatusOk()
			.bodyText()
			.contains("Showing 1\u2013")
			.contains("<mark>clarified</mark>");
	}

	@Test
	void filtersBySpeakerCountryTopicAndDates() {
		assertThat(this.mvc.get().uri("/statements?speaker=olaf-scholz")).hasStatusOk()
			.bodyText()
			.contains("still a long way off")
			.doesNotContain("Friedrich Merz</a>");
		assertThat(this.mvc.get().uri("/statements?country=germany&from=2025-02-01&to=2025-02-28")).hasStatusOk()
			.bodyText()
			.contains("Olaf Scholz")
			.doesNotContain("16 Dec 2025</time>");
		assertThat(this.mvc.get().uri("/statements?topic=zaporizhzhia-npp")).hasStatusOk().bodyText().contains("50/50");
	}

	@Test
	void paginationLinksKeepTheFiltersAndTheAsOfDate() {
		assertThat(this.mvc.get().uri("/statements?topic=multinational-force&asOf=2025-12-31")).hasStatusOk()
			.bodyText()
			.contains("href=\"/statements?topic=multinational-force&amp;asOf=2025-12-31&amp;page=2\"");
		assertThat(this.mvc.get().uri("/statements?topic=multinational-force&page=2&asOf=2025-12-31")).hasStatusOk()
			.bodyText()
			.contains("Showing 26\u2013")
			.contains("href=\"/statements?topic=multinational-force&amp;asOf=2025-12-31&amp;page=1\"");
	}

	@Test
	void aPagePastTheEndIsEmptyAndSaysSo() {
		assertThat(this.mvc.get().uri("/statements").param("q", "long way").param("page", "7")).hasStatusOk()
			.bodyText()
			.contains("There is no page 7: the list ends on page 1.")
			.contains("href=\"/statements?q=long+way&amp;page=1\"");
	}

	@Test
	void asOfHidesWhatWasSaidLater() {
		assertThat(this.mvc.get().uri("/statements?q=productive&asOf=2025-03-01")).hasStatusOk()
			.bodyText()
			.contains("No statement matches.")
			.contains("Showing the record as of 1 March 2025")
			.contains("name=\"asOf\" value=\"2025-03-01\"");
		assertThat(this.mvc.get().uri("/statements?q=productive")).hasStatusOk()
			.bodyText()
			.contains("The talks were <mark>productive</mark>.");
	}

	@Test
	void unknownFilterValuesMalformedDatesAndPagesAreBadRequests() {
		assertThat(this.mvc.get().uri("/statements?speaker=nobody-at-all")).hasStatus(400);
		assertThat(this.mvc.get().uri("/statements?country=<script>")).hasStatus(400);
		assertThat(this.mvc.get().uri("/statements?topic=no-such-topic")).hasStatus(400);
		assertThat(this.mvc.get().uri("/statements?from=2025-02-30")).hasStatus(400);
		assertThat(this.mvc.get().uri("/statements?to=yesterday")).hasStatus(400);
		assertThat(this.mvc.get().uri("/statements?page=0")).hasStatus(400);
		assertThat(this.mvc.get().uri("/statements?page=two")).hasStatus(400);
		assertThat(this.mvc.get().uri("/statements?asOf=2025-13-01")).hasStatus(400);
	}

	@Test
	void searchFindsNamesInAnyOrderMarksTheWordsAndNamesTheQueryInTheTitle() {
		assertThat(this.mvc.get().uri("/statements").param("q", "merz FRIEDRICH")).hasStatusOk()
			.bodyText()
			.contains("<title>Statements matching \u201cmerz FRIEDRICH\u201d \u2013 Peace Terms Tracker</title>")
			.contains("<mark>Merz</mark>")
			.doesNotContain("No statement matches.");
		assertThat(this.mvc.get().uri("/statements").param("q", "<b>Zelenskyy</b>")).hasStatusOk()
			.bodyText()
			.contains("Statements matching \u201c&lt;b&gt;Zelenskyy&lt;/b&gt;\u201d")
			.doesNotContain("<b>Zelenskyy");
		assertThat(this.mvc.get().uri("/statements").param("q", "troops").param("sort", "relevance")).hasStatusOk()
			.bodyText()
			.contains("<option value=\"relevance\" selected=\"selected\">")
			.contains("<mark>troops</mark>");
		assertThat(this.mvc.get().uri("/statements").param("q", "troops").param("sort", "loudest")).hasStatus(400);
	}

	@Test
	void percentAndUnderscoreAreSearchedLiterally() {
		assertThat(this.mvc.get().uri("/statements").param("q", "%")).hasStatusOk().bodyText().contains("90%");
		assertThat(this.mvc.get().uri("/statements").param("q", "_")).hasStatusOk()
			.bodyText()
			.contains("No statement matches.");
	}

	@Test
	void aScriptInTheSearchIsEchoedEscapedInTheForm() {
		assertThat(this.mvc.get().uri("/statements").param("q", "<script>alert('x')</script>")).hasStatusOk()
			.bodyText()
			.contains("value=\"&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;\"")
			.doesNotContain("<script>alert");
	}

	@Test
	void everyNaughtyStringIsAnsweredWithoutAServerErrorOrAnUnescapedEcho() throws Exception {
		List<String> naughty;
		try (InputStream in = getClass().getResourceAsStream("/blns.json")) {
			naughty = List.of(JsonMapper.builder().build().readValue(in, String[].class));
		}
		assertThat(naughty).hasSizeGreaterThan(400);
		for (String hostile : naughty) {
			MvcTestResult result = this.mvc.get().uri("/statements").param("q", hostile).exchange();
			int status = result.getResponse().getStatus();
			assertThat(status).as("status for %s", hostile).isIn(200, 400);
			if (status == 200 && hostile.contains("<")) {
				assertThat(result.getResponse().getContentAsString()).as("echo of %s", hostile).doesNotContain(hostile);
			}
		}
	}

}
