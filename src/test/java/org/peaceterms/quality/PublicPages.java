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
			"/commitments", "/commitments?kind=TROOPS&asOf=2025-03-01",
			// Browse pages (issue 3)
			"/actors", "/actors/germany", "/actors/olaf-scholz", "/actors/united-states?asOf=2025-03-01", "/proposals",
			"/proposals/us-security-package-2025-12", "/proposals/european-statement-2025-12-15", "/topics",
			"/topics/multinational-force", "/topics/territory?asOf=2025-03-01", "/statements",
			"/statements?q=troops&topic=multinational-force&page=2", "/statements?q=nothing-matches-this", "/events",
			"/events?asOf=2025-03-01", "/sources", "/sources/warzone-2025-02-17-europe-troops");

	private PublicPages() {
	}

}
