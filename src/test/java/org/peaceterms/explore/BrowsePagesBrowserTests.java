package org.peaceterms.explore;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.peaceterms.BrowserSupport;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Every browse page opened in a real headless Chromium at desktop and phone widths: it
 * renders its heading, fits a phone screen without sideways scrolling, and leaves a
 * screenshot under {@code target/screenshots} ({@code <page>-desktop.png},
 * {@code <page>-phone.png}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BrowsePagesBrowserTests {

	@RegisterExtension
	static final BrowserSupport browser = new BrowserSupport();

	static Stream<Arguments> pages() {
		return Stream.of(Arguments.of("actors", "/actors", "Actors"),
				Arguments.of("actor", "/actors/germany", "Germany"),
				Arguments.of("actor-person", "/actors/olaf-scholz", "Olaf Scholz"),
				Arguments.of("proposals", "/proposals", "Proposals"),
				Arguments.of("proposal", "/proposals/us-security-package-2025-12", "US security package"),
				Arguments.of("topics", "/topics", "Topics"),
				Arguments.of("topic", "/topics/multinational-force", "Multinational force"),
				Arguments.of("statements", "/statements?q=troops", "Statements"),
				Arguments.of("events", "/events", "Events"), Arguments.of("sources", "/sources", "Sources"),
				Arguments.of("source", "/sources/warzone-2025-02-17-europe-troops", "European leaders meet in Paris"),
				Arguments.of("actor-asof", "/actors/germany?asOf=2025-03-01", "Germany"));
	}

	@ParameterizedTest
	@MethodSource("pages")
	void pageRendersAndFitsDesktopAndPhone(String name, String url, String heading) throws Exception {
		for (int width : new int[] { BrowserSupport.DESKTOP_WIDTH, BrowserSupport.PHONE_WIDTH }) {
			Page page = browser.newPage(width);
			try {
				page.navigate(browser.url(url));
				assertThat(page.locator("h1").textContent()).contains(heading);
				Object overflow = page
					.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth");
				assertThat(((Number) overflow).intValue()).as("sideways overflow of %s at %dpx", url, width)
					.isLessThanOrEqualTo(0);
				String suffix = (width == BrowserSupport.DESKTOP_WIDTH) ? "desktop" : "phone";
				Path shot = BrowserSupport.screenshot(page, name + "-" + suffix);
				assertThat(Files.size(shot)).isGreaterThan(10_000);
			}
			finally {
				page.close();
			}
		}
	}

	@Test
	void aPublicTableSortsByAColumnBothWaysAndSaysSo() {
		Page page = browser.newPage(BrowserSupport.DESKTOP_WIDTH);
		try {
			page.navigate(browser.url("/proposals"));
			Locator header = page.locator("table.data thead th").nth(3);
			Locator button = header.getByRole(AriaRole.BUTTON);
			assertThat(button.textContent()).contains("Presented");
			button.click();
			assertThat(header.getAttribute("aria-sort")).isEqualTo("ascending");
			List<String> ascending = dates(page);
			assertThat(ascending).hasSizeGreaterThan(2).isSorted();
			button.press("Enter");
			assertThat(header.getAttribute("aria-sort")).isEqualTo("descending");
			assertThat(dates(page)).isSortedAccordingTo(Comparator.reverseOrder());
			// The paged search is sorted by the server: its table is left alone.
			page.navigate(browser.url("/statements?q=troops"));
			assertThat(page.locator("table.data .sort-button").count()).isZero();
		}
		finally {
			page.close();
		}
		// On a phone the rows are cards with the header off screen: no button to land on.
		Page phone = browser.newPage(BrowserSupport.PHONE_WIDTH);
		try {
			phone.navigate(browser.url("/proposals"));
			assertThat(phone.locator("table.data tbody tr").count()).isGreaterThan(2);
			assertThat(phone.locator("table.data .sort-button").count()).isZero();
		}
		finally {
			phone.close();
		}
	}

	private static List<String> dates(Page page) {
		return page.locator("table.data tbody tr td:nth-child(4) time")
			.all()
			.stream()
			.map((time) -> time.getAttribute("datetime"))
			.toList();
	}

}
