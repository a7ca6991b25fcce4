package org.peaceterms.quality;

import java.util.List;

/**
 * Every public page, as a URL that reproduces it, that the quality checks (HTML validity,
 * accessibility, bounded SQL per request) run against.
 */
final class PublicPages {

	static final List<String> URLS = List.of("/", "/?asOf=2025-03-01");

	private PublicPages() {
	}

}
