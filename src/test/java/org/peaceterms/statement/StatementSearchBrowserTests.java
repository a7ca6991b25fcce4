package org.peaceterms.statement;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.peaceterms.BrowserSupport;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * An analyst searching the statements in a real headless Chromium: types words and picks
 * a speaker in the form, submits it, and finds the quote, with an address that reproduces
 * the search.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StatementSearchBrowserTests {

	@RegisterExtension
	static final BrowserSupport browser = new BrowserSupport();

	@Test
	void searchTypedIntoTheFormShowsTheMatchingQuote() {
		Page page = browser.newPage(BrowserSupport.DESKTOP_WIDTH);
		try {
			page.navigate(browser.url("/statements"));
			page.getByLabel("Words").fill("long way off");
			page.getByLabel("Speaker").selectOption("olaf-scholz");
			page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
					new Page.GetByRoleOptions().setName("Search"))
				.click();
			page.waitForURL("**/statements?**");
			assertThat(page.url()).contains("q=long+way+off").contains("speaker=olaf-scholz");
			assertThat(page.locator(".result-count").textContent()).contains("Showing 1\u20131 of 1");
			assertThat(page.locator("table.statements tbody").textContent())
				.contains("\u201cUnfortunately we are still a long way off\u201d")
				.contains("Olaf Scholz")
				.contains("Germany");
			assertThat(page.getByLabel("Words").inputValue()).isEqualTo("long way off");
			BrowserSupport.screenshot(page, "statements-search-desktop");
		}
		finally {
			page.close();
		}
	}

}
