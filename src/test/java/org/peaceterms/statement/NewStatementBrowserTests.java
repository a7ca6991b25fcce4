package org.peaceterms.statement;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.peaceterms.BrowserSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An editor in a real headless Chromium: logs in, enters a statement with a new source
 * and a stance change, sees it on the overview, the stances page and the speaker's page,
 * logs out; the flow is timed. Also takes the screenshots of the admin pages (login, form
 * empty, with errors, with preview, a list, a history, the 409 page) at desktop and phone
 * widths.
 */
// Writes records: later test classes get a fresh database.
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class NewStatementBrowserTests {

	@RegisterExtension
	static final BrowserSupport browser = new BrowserSupport();

	@Autowired
	private PositionRepository positions;

	@Autowired
	private TransactionTemplate transactions;

	@Test
	void editorEntersAStatementWithANewSourceAndAStanceChangeInUnderAMinute() {
		Page page = browser.newPage(BrowserSupport.DESKTOP_WIDTH);
		long start = System.nanoTime();
		page.navigate(browser.url("/admin/statements/new"));
		assertThat(page.url()).endsWith("/login");
		shoot(page, "admin-login");
		page.getByLabel("User name").fill("admin");
		page.getByLabel("Password").fill("test-admin-password");
		page.getByText("Log in").last().click();
		page.waitForURL("**/admin/statements/new**");

		String today = LocalDate.now().toString();
		page.locator("#speaker").fill("Emmanuel Macron");
		page.getByLabel("Date said").fill(today);
		page.locator("#text").fill("France is ready to lead a reassurance force of several thousand troops.");
		page.getByLabel("Paraphrase").check();
		page.getByLabel("Multinational force / foreign troops").first().check();
		page.getByLabel("Outlet").fill("Le Monde");
		page.getByLabel("Title", new Page.GetByLabelOptions().setExact(true)).fill("Macron sets out the force");
		page.getByLabel("Web address").fill("https://www.lemonde.fr/international/article/example");
		page.getByLabel("Published on").fill(today);
		page.getByLabel("Topic of the position").selectOption("2");
		page.getByLabel("Stance").selectOption("LEADING");
		page.getByLabel("Needs US backstop").check();
		page.getByLabel("One-line summary").fill("Ready to lead the reassurance force");
		page.getByText("Preview").last().click();
		assertThat(page.locator(".preview").textContent()).contains("France is ready to lead")
			.contains("Le Monde")
			.contains("Leading");
		shootBoth(page, "admin-statement-preview");

		Response saved = page.waitForNavigation(() -> page.locator("button[value=save]").click());
		assertThat(saved.status()).isEqualTo(200);
		assertThat(page.locator(".notice-ok").textContent()).contains("Saved");
		Duration took = Duration.ofNanos(System.nanoTime() - start);

		page.navigate(browser.url("/"));
		String stances = page.locator("#stances-heading ~ div table").first().textContent();
		assertThat(stances).contains("Ready to lead the reassurance force").contains("Leading");
		page.navigate(browser.url("/stances"));
		assertThat(page.locator("main").textContent()).containsAnyOf("Ready to lead the reassurance force",
				"France is ready to lead");
		page.navigate(browser.url("/actors/emmanuel-macron"));
		assertThat(page.locator("main").textContent()).contains("France is ready to lead");
		this.transactions.executeWithoutResult((status) -> assertThat(this.positions.findAll())
			.anyMatch((position) -> position.getSummary().equals("Ready to lead the reassurance force")
					&& position.getActor().getName().equals("France")));

		page.navigate(browser.url("/admin"));
		page.getByText("Log out").click();
		page.waitForURL("**/login?logout");
		assertThat(page.content()).contains("You have been logged out");
		page.navigate(browser.url("/admin/statements"));
		assertThat(page.url()).endsWith("/login");
		System.out.println("New statement with a new source and a position, login to saved: " + took.toMillis()
				+ " ms (browser automation, no think time)");
		assertThat(took).isLessThan(Duration.ofMinutes(1));
		page.close();
	}

	@Test
	void adminPagesLookRightAtDesktopAndPhoneWidths() {
		// Every page of BrowserSupport has its own context, so its own session: two
		// editors.
		{
			Page page = login("admin", "test-admin-password");
			page.navigate(browser.url("/admin/statements/new"));
			shootBoth(page, "admin-statement-new");
			page.locator("#speaker").fill("Nobody Known");
			page.getByLabel("Date said").fill("2999-01-01");
			page.getByLabel("Web address").fill("javascript:alert(1)");
			page.locator("button[value=save]").click();
			page.waitForLoadState();
			assertThat(page.content()).contains("No person of that name").contains("Cannot be in the future");
			assertThat(page.locator("#speaker").inputValue()).isEqualTo("Nobody Known");
			shootBoth(page, "admin-statement-errors");

			page.navigate(browser.url("/admin/sources"));
			shootBoth(page, "admin-list-sources");

			page.navigate(browser.url("/admin/sources/1"));
			Page other = login("admin", "test-admin-password");
			other.navigate(browser.url("/admin/sources/1"));
			page.getByLabel("Outlet").fill("First editor's outlet");
			page.locator("button[value=save]").click();
			page.waitForLoadState();
			other.getByLabel("Outlet").fill("Second editor's outlet");
			Response conflict = other.waitForNavigation(() -> other.locator("button[value=save]").click());
			assertThat(conflict.status()).isEqualTo(409);
			assertThat(other.content()).contains("Someone else saved this record");
			shootBoth(other, "admin-conflict-409");

			page.navigate(browser.url("/admin/sources/1/history"));
			assertThat(page.content()).contains("First editor");
			shootBoth(page, "admin-history");
			page.close();
			other.close();
		}
	}

	private Page login(String user, String password) {
		Page page = browser.newPage(BrowserSupport.DESKTOP_WIDTH);
		page.navigate(browser.url("/login"));
		page.getByLabel("User name").fill(user);
		page.getByLabel("Password").fill(password);
		page.getByText("Log in").last().click();
		page.waitForURL("**/admin");
		return page;
	}

	private static void shoot(Page page, String name) {
		BrowserSupport.screenshot(page, name + "-desktop");
		page.setViewportSize(BrowserSupport.PHONE_WIDTH, 844);
		BrowserSupport.screenshot(page, name + "-phone");
		page.setViewportSize(BrowserSupport.DESKTOP_WIDTH, 900);
	}

	private static void shootBoth(Page page, String name) {
		shoot(page, name);
		Object overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth");
		assertThat(((Number) overflow).intValue()).as(name + " fits the desktop width").isLessThanOrEqualTo(0);
	}

}
