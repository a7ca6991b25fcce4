package org.peaceterms.web;

import org.peaceterms.security.AppProperties;
import org.springframework.stereotype.Component;

/**
 * The site's public address ({@code peaceterms.public-base-url}), from which feeds,
 * permalinks and other absolute links are built. Never taken from the request's
 * {@code Host} header, which any client can set.
 */
@Component
public class PublicUrls {

	private final String base;

	PublicUrls(AppProperties properties) {
		String configured = properties.publicBaseUrl().strip();
		this.base = configured.endsWith("/") ? configured.substring(0, configured.length() - 1) : configured;
	}

	/** The absolute address of a root-relative one ({@code /statements/3}). */
	public String absolute(String rootRelative) {
		return this.base + rootRelative;
	}

}
