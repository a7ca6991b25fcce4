package org.peaceterms.quality;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Runs axe-core (from its webjar) in a page open in the browser and returns the
 * violations whose impact is serious or critical, one line each: rule id, impact, help
 * text and the first offending elements.
 */
final class AxeChecker {

	private static final String AXE_SCRIPT = load("/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js");

	private static final String RUN = """
			async () => {
			  const result = await axe.run(document, { resultTypes: ['violations'] });
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
		page.addScriptTag(new Page.AddScriptTagOptions().setContent(AXE_SCRIPT));
		return (List<String>) page.evaluate(RUN);
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
