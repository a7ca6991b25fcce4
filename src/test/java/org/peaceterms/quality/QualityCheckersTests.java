package org.peaceterms.quality;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.peaceterms.BrowserSupport;

/**
 * The checkers the page-quality tests rely on do find problems: a checker that passes
 * everything would make those tests worthless.
 */
class QualityCheckersTests {

	private static final String VALID = """
			<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Ok</title></head>
			<body><main><h1>Fine</h1><label for="q">Search</label><input id="q" name="q"></main></body></html>
			""";

	private static final String BROKEN = """
			<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"></head>
			<body><main><h1>Broken</h1><table><div>not allowed here</div></table>
			<input name="q"><img src="x.png"><a href="#" style="color:#fff;background:#fff">link</a></main></body></html>
			""";

	@Test
	void htmlCheckerAcceptsValidHtml() throws Exception {
		assertThat(HtmlChecker.errors(VALID)).isEmpty();
	}

	@Test
	void htmlCheckerReportsErrorsInBrokenHtml() throws Exception {
		assertThat(HtmlChecker.errors(BROKEN)).isNotEmpty()
			.anySatisfy((error) -> assertThat(error).containsIgnoringCase("title"));
	}

	@Test
	void axeReportsMissingLabelsAndAltText() {
		try (BrowserSupport browser = BrowserSupport.launch()) {
			Page page = browser.newPage(BrowserSupport.DESKTOP_WIDTH);
			page.setContent(BROKEN);
			assertThat(AxeChecker.seriousViolations(page)).anySatisfy((v) -> assertThat(v).startsWith("image-alt"))
				.anySatisfy((v) -> assertThat(v).startsWith("label"));
			page.setContent(VALID);
			assertThat(AxeChecker.seriousViolations(page)).isEmpty();
		}
	}

	@Test
	void axePreloadedInABrowserContextChecksEveryPageItLoads() {
		try (BrowserSupport browser = BrowserSupport.launch()) {
			Page page = AxeChecker.newPage(browser, BrowserSupport.DESKTOP_WIDTH);
			for (String html : new String[] { BROKEN, VALID, BROKEN }) {
				page.navigate("data:text/html;charset=utf-8,"
						+ URLEncoder.encode(html, StandardCharsets.UTF_8).replace("+", "%20"));
				// Loaded with the page, not added by the check.
				assertThat(page.evaluate("() => typeof window.axe")).isEqualTo("object");
				if (html.equals(VALID)) {
					assertThat(AxeChecker.seriousViolations(page)).isEmpty();
				}
				else {
					assertThat(AxeChecker.seriousViolations(page))
						.anySatisfy((v) -> assertThat(v).startsWith("image-alt"))
						.anySatisfy((v) -> assertThat(v).startsWith("label"));
				}
			}
		}
	}

	@Test
	void axeIsCurrentAndChecksTheWcag22TargetSize() {
		try (BrowserSupport browser = BrowserSupport.launch()) {
			Page page = browser.newPage(BrowserSupport.PHONE_WIDTH);
			page.setContent(
					"""
							<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Tiny</title>
							<style>a { display: inline-block; width: 8px; height: 8px; font-size: 6px; overflow: hidden; }</style>
							</head><body><main><h1>Tiny targets</h1><p><a href="/a">a</a><a href="/b">b</a><a href="/c">c</a></p>
							</main></body></html>
							""");
			assertThat(AxeChecker.version(page)).matches("4\\.(1[3-9]|[2-9]\\d)\\..*");
			assertThat(AxeChecker.seriousViolations(page)).anySatisfy((v) -> assertThat(v).startsWith("target-size"));
		}
	}

}
