package org.peaceterms.quality;

import java.util.List;

/**
 * Every public page, as a URL that reproduces it, that the quality checks (HTML validity,
 * accessibility, bounded SQL per request) run against.
 */
final class PublicPages {

	static final List<String> URLS = List.of("/", "/?asOf=2025-03-01",
			// Analyst pages (issue 3, analysis)
			"/compare", "/compare?left=us-outline-2025-02&right=european-force-plan-2025-02&asOf=2025-06-01",
			"/stances", "/stances?group=all&from=2025-06-01&to=2025-12-31", "/stances?topic=territory&group=all",
			"/commitments", "/commitments?kind=TROOPS&asOf=2025-03-01");

	private PublicPages() {
	}

}
