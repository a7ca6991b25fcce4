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
			"/actors", "/actors?kind=PERSON&q=zelenskiy&has=statements", "/actors?q=nothing-matches-this",
			"/actors/germany", "/actors/olaf-scholz", "/actors/united-states?asOf=2025-03-01", "/proposals",
			"/proposals/us-security-package-2025-12", "/proposals/european-statement-2025-12-15", "/topics",
			"/topics/multinational-force", "/topics/territory?asOf=2025-03-01", "/statements",
			"/statements?q=troops&topic=multinational-force&page=2", "/statements?q=nothing-matches-this", "/events",
			"/events?asOf=2025-03-01", "/events?kind=SUMMIT", "/sources", "/sources?kind=NEWS&sort=title",
			"/sources?sort=outlet&page=2", "/sources/warzone-2025-02-17-europe-troops",
			// Open data (issue 5): the statement page the feeds link to
			"/statements/4", "/statements/135");

	/**
	 * Every open-data answer that reads the database: JSON lists and details (two to a
	 * page, so that every run counts the rows) and the Atom feeds; held to the same bound
	 * on SQL per request.
	 */
	static final List<String> OPEN_DATA = List.of("/api/v1/actors?size=2", "/api/v1/actors/olaf-scholz",
			"/api/v1/sources?size=2", "/api/v1/sources/warzone-2025-02-17-europe-troops", "/api/v1/topics?size=2",
			"/api/v1/topics/territory", "/api/v1/events?size=2", "/api/v1/events/berlin-talks-2025-12-14",
			"/api/v1/proposals?size=2", "/api/v1/proposals/european-statement-2025-12-15", "/api/v1/provisions?size=2",
			"/api/v1/provisions/1", "/api/v1/commitments?size=2", "/api/v1/commitments/7", "/api/v1/statements?size=2",
			"/api/v1/statements?q=troops&topic=territory", "/api/v1/statements/4", "/api/v1/positions?size=2",
			"/api/v1/positions/7", "/api/v1/relations?size=2", "/feed.atom", "/actors/germany/feed.atom");

	private PublicPages() {
	}

}
