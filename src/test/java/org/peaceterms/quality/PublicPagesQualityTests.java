package org.peaceterms.quality;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.peaceterms.BrowserSupport;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Every public page is valid HTML (no errors from the Nu Html Checker) and has no serious
 * or critical accessibility violations (axe-core, run in Chromium) at desktop and phone
 * widths.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PublicPagesQualityTests {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private static final Map<Integer, Page> PAGES = new HashMap<>();

	@RegisterExtension
	static final BrowserSupport browser = new BrowserSupport();

	static Stream<String> pages() {
		return PublicPages.URLS.stream();
	}

	@ParameterizedTest
	@MethodSource("pages")
	void pageIsValidHtml(String url) throws Exception {
		HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(browser.url(url))).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(url).isEqualTo(200);
		assertThat(HtmlChecker.errors(response.body())).as("Nu Html Checker errors on " + url).isEmpty();
	}

	@ParameterizedTest
	@MethodSource("pages")
	void pageHasNoSeriousAccessibilityViolationsOnDesktopOrPhone(String url) {
		for (int width : new int[] { BrowserSupport.DESKTOP_WIDTH, BrowserSupport.PHONE_WIDTH }) {
			Page page = pageAt(width);
			page.navigate(browser.url(url));
			assertThat(AxeChecker.seriousViolations(page)).as("axe-core on " + url + " at " + width + "px").isEmpty();
		}
	}

	@AfterAll
	static void forgetPages() {
		PAGES.clear();
	}

	/**
	 * One page per width for the whole class, carrying axe-core on every navigation
	 * (public pages keep no state between requests; a new page per check cost half a
	 * second, sending the script another second).
	 */
	private static Page pageAt(int width) {
		return PAGES.computeIfAbsent(width, (key) -> AxeChecker.newPage(browser, key));
	}

}
