package org.peaceterms.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.peaceterms.BrowserSupport;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Opens the home page in a real headless Chromium, as an analyst would, at desktop and
 * phone widths, and keeps the screenshots under {@code target/screenshots}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HomePageBrowserTests {

	@RegisterExtension
	static final BrowserSupport browser = new BrowserSupport();

	@Test
	void homePageShowsProposalsAndTroopStancesWithSources() throws Exception {
		Page page = browser.newPage(BrowserSupport.DESKTOP_WIDTH);
		page.navigate(browser.url("/"));
		assertThat(page.title()).contains("Peace Terms Tracker");
		String proposals = page.locator("#proposals-heading ~ div table").first().textContent();
		assertThat(proposals).contains("European").contains("Berlin");
		String stances = page.locator("#stances-heading ~ div table").first().textContent();
		assertThat(stances).contains("Germany").contains("France").contains("Not now");
		Path shot = BrowserSupport.screenshot(page, "home-desktop");
		assertThat(Files.size(shot)).isGreaterThan(10_000);
		page.close();
	}

	@Test
	void homePageFitsAPhoneScreenWithoutSidewaysScrolling() throws Exception {
		Page page = browser.newPage(BrowserSupport.PHONE_WIDTH);
		page.navigate(browser.url("/"));
		Object overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth");
		assertThat(((Number) overflow).intValue()).isLessThanOrEqualTo(0);
		Path shot = BrowserSupport.screenshot(page, "home-phone");
		assertThat(Files.size(shot)).isGreaterThan(10_000);
		page.close();
	}

}
