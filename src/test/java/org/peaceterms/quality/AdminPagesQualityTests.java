package org.peaceterms.quality;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.peaceterms.BrowserSupport;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every admin page (the login page, the home page, and for each kind of record its list,
 * its empty form, the form of a stored record and its history) is valid HTML (no errors
 * from the Nu Html Checker) and has no serious or critical accessibility violation
 * (axe-core with the WCAG 2.2 rules) at desktop and phone widths; so is the statement
 * form after a failed save, with its error summary.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AdminPagesQualityTests {

	private static final List<String> FEATURES = List.of("statements", "positions", "actors", "offices", "sources",
			"events", "topics", "proposals", "provisions", "endorsements", "commitments", "relations");

	private static BrowserSupport browser;

	private static Page page;

	@LocalServerPort
	private int port;

	@BeforeAll
	static void startBrowser() {
		browser = BrowserSupport.launch();
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.close();
		}
	}

	static Stream<String> pages() {
		List<String> urls = new ArrayList<>(List.of("/admin", "/admin/users"));
		for (String feature : FEATURES) {
			String base = "/admin/" + feature;
			urls.addAll(List.of(base, base + "/new", base + "/1", base + "/1/history"));
		}
		urls.add("/admin/statements?q=troops&sort=saidOn&dir=asc");
		return urls.stream();
	}

	@Test
	void loginPageIsValidAndAccessible() throws Exception {
		Page login = browser.newPageBypassingCsp(BrowserSupport.DESKTOP_WIDTH);
		try {
			check(login, "/login");
		}
		finally {
			login.close();
		}
	}

	@ParameterizedTest
	@MethodSource("pages")
	void adminPageIsValidHtmlAndHasNoSeriousAccessibilityViolationOnDesktopOrPhone(String url) throws Exception {
		check(loggedIn(), url);
	}

	@Test
	void statementFormWithErrorsIsValidAndAccessible() throws Exception {
		Page editor = loggedIn();
		for (int width : new int[] { BrowserSupport.DESKTOP_WIDTH, BrowserSupport.PHONE_WIDTH }) {
			editor.setViewportSize(width, 900);
			editor.navigate(base() + "/admin/statements/new");
			editor.getByLabel("Web address").fill("javascript:alert(1)");
			editor.waitForNavigation(() -> editor.locator("#save").click());
			assertThat(editor.locator("#error-summary").isVisible()).isTrue();
			assertThat(editor.evaluate("document.activeElement.id")).isEqualTo("error-summary");
			// The page as served, before axe adds its own script to it.
			String html = editor.content();
			assertThat(AxeChecker.seriousViolations(editor)).as("axe-core on the failed save at " + width + "px")
				.isEmpty();
			assertThat(HtmlChecker.errors(html)).as("Nu Html Checker errors on the failed save").isEmpty();
		}
	}

	private void check(Page target, String url) throws Exception {
		APIResponse response = target.request().get(base() + url);
		assertThat(response.status()).as(url).isEqualTo(200);
		assertThat(HtmlChecker.errors(response.text())).as("Nu Html Checker errors on " + url).isEmpty();
		for (int width : new int[] { BrowserSupport.DESKTOP_WIDTH, BrowserSupport.PHONE_WIDTH }) {
			target.setViewportSize(width, (width <= BrowserSupport.PHONE_WIDTH) ? 844 : 900);
			target.navigate(base() + url);
			assertThat(AxeChecker.seriousViolations(target)).as("axe-core on " + url + " at " + width + "px").isEmpty();
		}
	}

	/**
	 * One logged-in editor's page for the whole class (its context keeps the session).
	 */
	private Page loggedIn() {
		if (page == null) {
			page = AxeChecker.newPage(browser, BrowserSupport.DESKTOP_WIDTH);
			page.navigate(base() + "/login");
			page.getByLabel("User name").fill("admin");
			page.getByLabel("Password").fill("test-admin-password");
			page.waitForNavigation(() -> page.getByText("Log in").last().click());
		}
		return page;
	}

	private String base() {
		return "http://localhost:" + this.port;
	}

}
