package org.peaceterms;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Starts the system Chromium through Playwright for Java (no browser download) and saves
 * screenshots under {@code target/screenshots}. The executable is
 * {@code /usr/bin/chromium} unless {@code CHROMIUM_PATH} names another.
 * <p>
 * As a JUnit 5 extension, registered in a browser test class as
 * {@code @RegisterExtension static final BrowserSupport browser = new BrowserSupport();},
 * it launches the browser before the class's tests, closes it after them, and gives
 * {@link #url} the address of the application a {@code RANDOM_PORT} Spring Boot test
 * started.
 */
public final class BrowserSupport implements AutoCloseable, BeforeAllCallback, AfterAllCallback, BeforeEachCallback {

	/** Desktop and phone viewports every page is looked at in. */
	public static final int DESKTOP_WIDTH = 1280;

	public static final int PHONE_WIDTH = 390;

	private Playwright playwright;

	private Browser browser;

	private String baseUrl = "";

	/** The extension: the browser starts before the tests of the class. */
	public BrowserSupport() {
	}

	private BrowserSupport(Playwright playwright, Browser browser) {
		this.playwright = playwright;
		this.browser = browser;
	}

	@Override
	public void beforeAll(ExtensionContext context) {
		BrowserSupport launched = launch();
		this.playwright = launched.playwright;
		this.browser = launched.browser;
	}

	@Override
	public void beforeEach(ExtensionContext context) {
		String port = SpringExtension.getApplicationContext(context).getEnvironment().getProperty("local.server.port");
		this.baseUrl = "http://localhost:" + port;
	}

	@Override
	public void afterAll(ExtensionContext context) {
		if (this.browser != null) {
			close();
		}
	}

	/** The address of {@code path} on the running application. */
	public String url(String path) {
		return this.baseUrl + path;
	}

	/** Launches headless Chromium, or skips (fails on CI) when it is not installed. */
	public static BrowserSupport launch() {
		String configured = System.getenv("CHROMIUM_PATH");
		Path executable = Paths.get((configured != null) ? configured : "/usr/bin/chromium");
		TestEnvironment.require(Files.isExecutable(executable),
				"Chromium not found at " + executable + " (apt-get install chromium, or set CHROMIUM_PATH)");
		Playwright playwright = Playwright
			.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		Browser browser = playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(executable)
				.setHeadless(true)
				.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
						"--disable-background-networking", "--disable-component-update", "--disable-sync",
						"--no-first-run")));
		return new BrowserSupport(playwright, browser);
	}

	/**
	 * A new page with the given viewport width (phone widths get a phone-like height).
	 */
	public Page newPage(int width) {
		int height = (width <= PHONE_WIDTH) ? 844 : 900;
		return this.browser.newPage(new Browser.NewPageOptions().setViewportSize(width, height));
	}

	/**
	 * A new page that ignores the site's content security policy, for checkers that
	 * inject their own script (axe); the site itself allows only its own scripts.
	 */
	public Page newPageBypassingCsp(int width) {
		int height = (width <= PHONE_WIDTH) ? 844 : 900;
		return this.browser.newPage(new Browser.NewPageOptions().setViewportSize(width, height).setBypassCSP(true));
	}

	/**
	 * Saves a full-page screenshot as {@code target/screenshots/<name>.png} and returns
	 * its path.
	 */
	public static Path screenshot(Page page, String name) {
		Path path = Paths.get("target", "screenshots", name + ".png");
		page.screenshot(new Page.ScreenshotOptions().setPath(path).setFullPage(true));
		return path;
	}

	@Override
	public void close() {
		this.browser.close();
		this.playwright.close();
	}

}
