package org.peaceterms.explore;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.peaceterms.BrowserSupport;
import org.peaceterms.DownloadContract;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * What a reader does with the open data in a real headless Chromium: downloads the table
 * a page shows by its link, and copies the citation of a view. Screenshots of the
 * download line and the citation at desktop and phone widths land in
 * {@code target/screenshots}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OpenDataBrowserTests {

	@RegisterExtension
	static final BrowserSupport browser = new BrowserSupport();

	@Test
	void theCsvLinkDownloadsWhatThePageShows() throws Exception {
		Page page = browser.newPage(BrowserSupport.DESKTOP_WIDTH);
		page.navigate(browser.url("/commitments?kind=TROOPS"));
		Download download = page.waitForDownload(() -> page.getByLabel("Every commitment")
			.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
					new Locator.GetByRoleOptions().setName("CSV").setExact(true))
			.click());
		assertThat(download.suggestedFilename()).startsWith("commitments-").endsWith(".csv");
		DownloadContract.Table table = DownloadContract
			.parse(Files.readString(download.path(), StandardCharsets.UTF_8));
		assertThat(table.column("kind")).isNotEmpty().containsOnly("TROOPS");
		BrowserSupport.screenshot(page, "downloads-desktop");
		page.close();
	}

	@Test
	void theCitationOfAViewIsShownAndCopied() {
		for (int width : List.of(BrowserSupport.DESKTOP_WIDTH, BrowserSupport.PHONE_WIDTH)) {
			Page page = browser.newPage(width);
			BrowserContext context = page.context();
			context.grantPermissions(List.of("clipboard-read", "clipboard-write"));
			page.navigate(browser.url("/stances?topic=territory&asOf=2025-03-01"));
			Locator cite = page.locator(".cite-view");
			cite.scrollIntoViewIfNeeded();
			assertThat(cite.locator(".citation-text").textContent())
				.matches("Peace Terms Tracker, Stances on Territory, as of 1 March 2025, as recorded at "
						+ "(\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(?:\\.\\d+)?Z), http://localhost(?::\\d+)?"
						+ "/stances\\?topic=territory&group=countries&from=\\d{4}-\\d\\d-\\d\\d&to=2025-03-01&all=false"
						+ "&asOf=2025-03-01&recordedAt=\\1, accessed .+");
			Locator copy = cite.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
					new Locator.GetByRoleOptions().setName("Copy citation"));
			assertThat(copy.isVisible()).as("copy button shown where the clipboard works").isTrue();
			copy.click();
			page.waitForFunction("() => document.querySelector('.copy-status').textContent.length > 0");
			assertThat(cite.locator(".copy-status").textContent()).isEqualTo("Citation copied.");
			cite.screenshot(
					new Locator.ScreenshotOptions().setPath(BrowserSupport.screenshot(page, "cite-view-" + width)
						.resolveSibling("cite-view-" + width + "-section.png")));
			page.close();
		}
	}

}
