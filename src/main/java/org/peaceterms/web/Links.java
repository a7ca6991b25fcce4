package org.peaceterms.web;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriUtils;

/**
 * Root-relative addresses of records, for the links in API answers and feeds: the JSON
 * detail of a record ({@code /api/v1/actors/germany}) and its page on the site
 * ({@code /actors/germany}). Path segments are encoded; the application's context path,
 * if any, is put in front.
 */
public final class Links {

	/** Where version 1 of the JSON API lives. */
	public static final String API = "/api/v1";

	private Links() {
	}

	/** The API address made of {@code segments}: {@code api("actors", "germany")}. */
	public static String api(Object... segments) {
		return path(API, segments);
	}

	/**
	 * A page of the site made of {@code segments}: {@code page("statements", 12)};
	 * {@code page()} is the home page.
	 */
	public static String page(Object... segments) {
		return path("", segments);
	}

	/**
	 * Named links in the order given, as alternating names and addresses; a pair whose
	 * address is {@code null} is left out.
	 */
	public static Map<String, String> of(@Nullable String... namesAndAddresses) {
		Map<String, String> links = new LinkedHashMap<>();
		for (int i = 0; i + 1 < namesAndAddresses.length; i += 2) {
			String name = namesAndAddresses[i];
			String address = namesAndAddresses[i + 1];
			if (name != null && address != null) {
				links.put(name, address);
			}
		}
		return Collections.unmodifiableMap(links);
	}

	private static String path(String prefix, Object... segments) {
		StringBuilder path = new StringBuilder(contextPath()).append(prefix);
		for (Object segment : segments) {
			path.append('/').append(UriUtils.encodePathSegment(segment.toString(), StandardCharsets.UTF_8));
		}
		return (path.isEmpty() || segments.length == 0 && prefix.isEmpty()) ? path.append('/').toString()
				: path.toString();
	}

	private static String contextPath() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			return attributes.getRequest().getContextPath();
		}
		return "";
	}

}
