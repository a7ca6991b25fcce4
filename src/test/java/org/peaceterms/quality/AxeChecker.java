package org.peaceterms.quality;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.peaceterms.BrowserSupport;

/**
 * Runs axe-core (4.14.1, kept in {@code src/test/resources/axe} from its npm package) in
 * a page open in the browser, with the WCAG 2.0, 2.1 and 2.2 A and AA rules and axe's
 * best practices, and returns the violations whose impact is serious or critical, one
 * line each: rule id, impact, help text and the first offending elements.
 */
final class AxeChecker {

	private static final String AXE_SCRIPT = load("/axe/axe.min.js");

	/** The rule sets run: every WCAG 2.x level A and AA rule, WCAG 2.2 included. */
	static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa",
			"best-practice");

	private static final String RUN = """
			async (tags) => {
			  const result = await axe.run(document, { resultTypes: ['violations'],
			    runOnly: { type: 'tag', values: tags } });
			  return result.violations
			    .filter(v => v.impact === 'serious' || v.impact === 'critical')
			    .map(v => v.id + ' (' + v.impact + '): ' + v.help + ' at '
			      + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', '));
			}
			""";

	private AxeChecker() {
	}

	@SuppressWarnings("unchecked")
	static List<String> seriousViolations(Page page) {
		ensureLoaded(page);
		return (List<String>) page.evaluate(RUN, TAGS);
	}

	/** The version of axe-core that runs, as the script reports it. */
	static String version(Page page) {
		ensureLoaded(page);
		return (String) page.evaluate("() => axe.version");
	}

	/**
	 * A new page of {@code width} that carries axe-core on every page it loads, so that a
	 * page checked after each navigation does not send the 650-KB script to the browser
	 * each time (an init script of its context, run before the page's own scripts).
	 */
	static Page newPage(BrowserSupport browser, int width) {
		Page page = browser.newPageBypassingCsp(width);
		page.context().addInitScript(AXE_SCRIPT);
		return page;
	}

	/** Adds axe-core to the page unless it is there already. */
	private static void ensureLoaded(Page page) {
		if (!Boolean.TRUE.equals(page.evaluate("() => typeof window.axe === 'object'"))) {
			page.addScriptTag(new Page.AddScriptTagOptions().setContent(AXE_SCRIPT));
		}
	}

	private static String load(String resource) {
		try (InputStream in = AxeChecker.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("axe-core not on the test classpath: " + resource);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
