package org.peaceterms.compare;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.peaceterms.BrowserSupport;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * What an analyst does on the analyst pages in a real headless Chromium: reads the
 * default comparison, picks another pair with the form, reads a statement behind a stance
 * by hovering over its mark and by tabbing to it, and pins a page to a date. Screenshots
 * at desktop and phone widths land in {@code target/screenshots}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AnalystPagesBrowserTests {

	@RegisterExtension
	static final BrowserSupport browser = new BrowserSupport();

	@Test
	void theDefaultComparisonShowsEachTopicWithItsRelation() throws Exception {
		Page page = browser.newPage(BrowserSupport.DESKTOP_WIDTH);
		page.navigate(browser.url("/compare"));
		Locator army = page.locator("#topic-ukraine-army-size");
		assertThat(army.textContent()).contains("800,000").contains("Aligned").contains("editor\u2019s assessment");
		// The audited data has no territory term in the US package (no article reports
		// one),
		// but some topics are addressed by one side only.
		assertThat(page.locator("tr[id^=topic-]")
			.filter(new Locator.FilterOptions().setHasText("Only in US package (Dec 2025)"))
			.count()).isPositive();
		assertThat(page.locator("#gaps-heading ~ ul").textContent()).contains("NATO membership");
		shoot(page, "compare-desktop");
		page.close();
		phone("/compare", "compare-phone");
	}

	@Test
	void anotherPairIsChosenWithTheForm() {
		Page page = browser.newPage(BrowserSupport.DESKTOP_WIDTH);
		page.navigate(browser.url("/compare"));
		page.getByLabel("First proposal").selectOption("us-outline-2025-02");
		page.getByLabel("Second proposal").selectOption("european-force-plan-2025-02");
		page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Compare"))
			.click();
		page.waitForURL("**/compare?left=us-outline-2025-02&right=european-force-plan-2025-02");
		assertThat(page.locator("#pair-heading").textContent()).contains("US outline (Feb 2025)")
			.contains("European force plan (Feb 2025)");
		assertThat(page.locator("table.compare-table").textContent()).contains("upwards of 30,000");
		page.close();
	}

	@Test
	void aStanceMarkShowsItsQuoteOnHoverAndOnKeyboardFocus() throws Exception {
		Page page = browser.newPage(BrowserSupport.DESKTOP_WIDTH);
		page.navigate(browser.url("/stances"));
		Locator tooltip = page.locator("#chart-tooltip");
		Locator first = page.locator(".timeline-chart .mark").first();
		first.hover();
		assertThat(tooltip.isVisible()).isTrue();
		// A grouped mark's quotes are separated by " ¶ " in the attribute, one line each
		// in
		// the tooltip.
		assertThat(tooltip.textContent()).contains(first.getAttribute("data-quote").split(" \u00b6 "))
			.contains(first.getAttribute("data-speaker"))
			.contains(first.getAttribute("data-source"));
		page.mouse().move(0, 0);
		assertThat(tooltip.isVisible()).isFalse();

		// Keyboard only: Tab from the top of the page until a mark has the focus.
		page.locator("body").focus();
		boolean onMark = false;
		for (int i = 0; i < 80 && !onMark; i++) {
			page.keyboard().press("Tab");
			onMark = (Boolean) page.evaluate("document.activeElement.classList.contains('mark')");
		}
		assertThat(onMark).as("a statement mark is reachable with Tab").isTrue();
		String quote = (String) page.evaluate("document.activeElement.getAttribute('data-quote')");
		assertThat(tooltip.isVisible()).isTrue();
		assertThat(tooltip.textContent()).contains(quote.split(" \u00b6 "));
		shoot(page, "stances-desktop");
		page.keyboard().press("Escape");
		assertThat(tooltip.isVisible()).isFalse();
		page.close();
		phone("/stances", "stances-phone");
	}

	@Test
	void asOfPinsTheCommitmentsPageToADate() throws Exception {
		Page page = browser.newPage(BrowserSupport.DESKTOP_WIDTH);
		page.navigate(browser.url("/commitments?asOf=2025-02-15"));
		assertThat(page.locator(".as-of").textContent()).contains("15 February 2025");
		assertThat(page.locator("main").textContent()).contains("100,000\u2013150,000")
			.doesNotContain("Coalition of the willing");
		page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filter"))
			.click();
		page.waitForURL("**/commitments?**");
		assertThat(page.url()).contains("asOf=2025-02-15");
		page.navigate(browser.url("/commitments"));
		shoot(page, "commitments-desktop");
		page.close();
		phone("/commitments", "commitments-phone");
	}

	/** Opens a page at phone width, checks it does not scroll sideways, and saves it. */
	private void phone(String path, String name) throws Exception {
		Page page = browser.newPage(BrowserSupport.PHONE_WIDTH);
		page.navigate(browser.url(path));
		Object overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth");
		assertThat(((Number) overflow).intValue()).as(path + " scrolls sideways on a phone").isLessThanOrEqualTo(0);
		shoot(page, name);
		page.close();
	}

	private static void shoot(Page page, String name) throws Exception {
		Path shot = BrowserSupport.screenshot(page, name);
		assertThat(Files.size(shot)).isGreaterThan(10_000);
	}

}
