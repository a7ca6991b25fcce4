package org.peaceterms.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The links between the pages of a list, for every paged list of the site, the admin and
 * the API: the address of the current request with its {@code page} parameter (counted
 * from 1) replaced, every other parameter kept in its order, values form-encoded (so a
 * {@code +} in a search stays a plus). Templates reach it as the model attribute
 * {@code pageLinks}, through the {@code fragments/pager} fragment.
 */
public class PageLinks {

	/** The address of the current request showing page {@code page} (from 1). */
	public String to(int page) {
		return to(currentRequest(), page);
	}

	/**
	 * Where "previous" leads from {@code page}: the page before it, or the last page when
	 * {@code page} lies past the end.
	 */
	public String previous(Page<?> page) {
		return to(Math.min(page.getNumber(), Math.max(1, page.getTotalPages())));
	}

	/** Where "next" leads from {@code page}. */
	public String next(Page<?> page) {
		return to(page.getNumber() + 2);
	}

	/** The address of {@code request} showing page {@code page} (from 1). */
	public static String to(HttpServletRequest request, int page) {
		StringBuilder query = new StringBuilder();
		for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
			if (parameter.getKey().equals("page")) {
				continue;
			}
			for (String value : parameter.getValue()) {
				append(query, parameter.getKey(), value);
			}
		}
		append(query, "page", Integer.toString(page));
		return request.getRequestURI() + "?" + query;
	}

	private static HttpServletRequest currentRequest() {
		return ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
	}

	private static void append(StringBuilder query, String name, String value) {
		if (!query.isEmpty()) {
			query.append('&');
		}
		query.append(URLEncoder.encode(name, StandardCharsets.UTF_8))
			.append('=')
			.append(URLEncoder.encode(value, StandardCharsets.UTF_8));
	}

}
