package org.peaceterms.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.peaceterms.HostileInput;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.web.util.HtmlUtils;

/**
 * "Cite this view" on every page that has it: the permalink pins every parameter that
 * shapes the view with the value the page used, defaults included, in a fixed order, then
 * the as-of date and the moment recorded at; following it shows the same view (and cites
 * itself); values are form-encoded, and parameters that shape nothing are left out.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PermalinkTests {

	private static final String TODAY = LocalDate.now().toString();

	private static final Pattern PERMALINK = Pattern
		.compile("Permalink[^<]*</span>\\s*<a href=\"http://localhost([^\"]*)\"");

	private static final Pattern RECORDED_AT = Pattern.compile("&recordedAt=\\d{4}-\\d\\d-\\d\\dT[0-9:.]+Z$");

	/** Record pages a view links to, in order: what the view shows. */
	private static final Pattern RECORD_LINK = Pattern
		.compile("href=\"(/(?:statements|actors|topics|sources|proposals|events)/[^\"?#.]+)");

	@Autowired
	private MockMvcTester mvc;

	static Stream<Arguments> pages() {
		return Stream.of(Arguments.of("/", "/?asOf=" + TODAY),
				Arguments.of("/statements", "/statements?sort=date&page=1&asOf=" + TODAY),
				Arguments.of("/statements?sort=relevance", "/statements?sort=date&page=1&asOf=" + TODAY),
				Arguments.of("/statements?q=merz&sort=relevance&country=germany&asOf=2025-12-31&utm_source=x",
						"/statements?q=merz&country=germany&sort=relevance&page=1&asOf=2025-12-31"),
				Arguments.of("/statements?confidence=SINGLE_SOURCE&from=2025-02-01&to=2025-02-28&page=1",
						"/statements?from=2025-02-01&to=2025-02-28&confidence=SINGLE_SOURCE&sort=date&page=1&asOf="
								+ TODAY),
				Arguments.of("/stances?asOf=2025-12-31",
						"/stances?topic=multinational-force&group=countries&from=2025-02-01&to=2025-12-31&all=false"
								+ "&asOf=2025-12-31"),
				Arguments.of("/stances?topic=territory&group=all&all=true&from=2025-02-01&to=2025-06-30",
						"/stances?topic=territory&group=all&from=2025-02-01&to=2025-06-30&all=true&asOf=" + TODAY),
				Arguments.of("/commitments", "/commitments?all=false&asOf=" + TODAY),
				Arguments.of("/commitments?topic=multinational-force",
						"/commitments?topic=multinational-force&all=false&asOf=" + TODAY),
				Arguments.of("/commitments?kind=troops&actor=ukraine&all=true",
						"/commitments?kind=TROOPS&actor=ukraine&all=true&asOf=" + TODAY),
				Arguments.of("/compare",
						"/compare?left=us-security-package-2025-12&right=european-statement-2025-12-15&asOf=" + TODAY),
				Arguments.of("/compare?left=european-force-plan-2025-02&right=us-outline-2025-02&asOf=2025-03-01",
						"/compare?left=european-force-plan-2025-02&right=us-outline-2025-02&asOf=2025-03-01"),
				Arguments.of("/proposals?utm_source=x", "/proposals?asOf=" + TODAY),
				Arguments.of("/proposals/us-outline-2025-02", "/proposals/us-outline-2025-02?asOf=" + TODAY),
				Arguments.of("/topics", "/topics?asOf=" + TODAY),
				Arguments.of("/topics/multinational-force", "/topics/multinational-force?page=1&asOf=" + TODAY),
				Arguments.of("/actors", "/actors?asOf=" + TODAY),
				Arguments.of("/actors?kind=person&q=merz&has=statements",
						"/actors?kind=PERSON&q=merz&has=statements&asOf=" + TODAY),
				// An alias: the permalink pins a recorded-at moment, whose revisions
				// carry the
				// aliases too (V51).
				Arguments.of("/actors?q=zelenskiy", "/actors?q=zelenskiy&asOf=" + TODAY),
				Arguments.of("/actors/germany?asOf=2025-03-01", "/actors/germany?page=1&asOf=2025-03-01"),
				Arguments.of("/sources", "/sources?sort=date&page=1&asOf=" + TODAY),
				Arguments.of("/sources?kind=NEWS&sort=title", "/sources?kind=NEWS&sort=title&page=1&asOf=" + TODAY),
				Arguments.of("/sources/news-2025-02-14-european-troop-plan",
						"/sources/news-2025-02-14-european-troop-plan?page=1&asOf=" + TODAY),
				Arguments.of("/events", "/events?asOf=" + TODAY),
				Arguments.of("/events?kind=SUMMIT", "/events?kind=SUMMIT&asOf=" + TODAY));
	}

	@ParameterizedTest
	@MethodSource("pages")
	void permalinkPinsEveryParameterOfTheViewDefaultsIncluded(String page, String expected) {
		String permalink = permalink(get(page));
		assertThat(permalink).matches(Pattern.quote(expected) + RECORDED_AT.pattern());
	}

	@ParameterizedTest
	@MethodSource("pages")
	void followingThePermalinkShowsTheSameViewAndCitesItself(String page, String expected) {
		String body = get(page);
		String permalink = permalink(body);
		String followed = get(permalink);
		assertThat(followed).contains("As recorded at");
		assertThat(permalink(followed)).isEqualTo(permalink);
		assertThat(recordLinks(followed)).isNotEmpty().isEqualTo(recordLinks(body));
	}

	@Test
	void valuesArePercentEncodedAndBlankOnesLeftOut() throws Exception {
		String page = this.mvc.get()
			.uri("/statements")
			.param("q", "a&b=c #1 100%+ <script>\u00e9")
			.param("speaker", "")
			.exchange()
			.getResponse()
			.getContentAsString();
		assertThat(permalink(page))
			.startsWith("/statements?q=a%26b%3Dc%20%231%20100%25%2B%20%3Cscript%3E%C3%A9&sort=date&page=1&asOf=");
		assertThat(page).doesNotContain("<script>\u00e9");
	}

	@Test
	void hostileSearchesStayEncodedAndFollowBackToTheSameSearch() throws Exception {
		Pattern safe = Pattern.compile("[A-Za-z0-9%._*&=:/?-]+");
		for (String hostile : HostileInput.strings()) {
			MockHttpServletResponse response = this.mvc.get()
				.uri("/statements")
				.param("q", hostile)
				.exchange()
				.getResponse();
			if (response.getStatus() != 200) {
				assertThat(response.getStatus()).as(hostile).isEqualTo(400);
				continue;
			}
			String page = response.getContentAsString();
			String permalink = permalink(page);
			assertThat(permalink).as(hostile).matches(safe);
			assertThat(permalink(get(permalink))).as(hostile).isEqualTo(permalink);
		}
	}

	private String get(String uri) {
		MockHttpServletResponse response = this.mvc.get().uri(URI.create(uri)).exchange().getResponse();
		assertThat(response.getStatus()).as(uri).isEqualTo(200);
		try {
			return response.getContentAsString();
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The page's permalink, root-relative. */
	private static String permalink(String page) {
		Matcher found = PERMALINK.matcher(page);
		assertThat(found.find()).as("a permalink").isTrue();
		return HtmlUtils.htmlUnescape(found.group(1));
	}

	private static List<String> recordLinks(String page) {
		String main = page.substring(page.indexOf("<main"), page.indexOf("class=\"cite-view\""));
		List<String> links = new ArrayList<>();
		Matcher found = RECORD_LINK.matcher(main);
		while (found.find()) {
			links.add(found.group(1));
		}
		return links;
	}

}
