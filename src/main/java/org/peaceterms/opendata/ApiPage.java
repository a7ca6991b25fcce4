package org.peaceterms.opendata;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.data.domain.Page;

/**
 * One page of an API list: the items, where the page sits in the whole ({@code page} from
 * 1, {@code size}, {@code total} items, {@code totalPages}) and the links a client
 * follows to walk the list. Every link is root-relative and keeps all the filters of the
 * request; {@code next} and {@code prev} are absent on the last and the first page.
 *
 * @param <T> the item type, a JSON record of the feature
 */
public record ApiPage<T>(List<T> items, int page, int size, long total, int totalPages, Map<String, String> links) {

	/**
	 * The page of {@code found}, its entities mapped to JSON records by {@code toJson}.
	 */
	public static <E, T> ApiPage<T> of(Page<E> found, Function<E, T> toJson, ApiPaging paging,
			HttpServletRequest request) {
		return of(found.getContent().stream().map(toJson).toList(), found.getTotalElements(), paging, request);
	}

	/** A page of items already mapped, out of {@code total}. */
	public static <T> ApiPage<T> of(List<T> items, long total, ApiPaging paging, HttpServletRequest request) {
		int totalPages = paging.totalPages(total);
		Map<String, String> links = new LinkedHashMap<>();
		links.put("self", pageLink(request, paging.page()));
		links.put("first", pageLink(request, 1));
		links.put("last", pageLink(request, totalPages));
		if (paging.page() > 1) {
			links.put("prev", pageLink(request, Math.min(paging.page() - 1, totalPages)));
		}
		if (paging.page() < totalPages) {
			links.put("next", pageLink(request, paging.page() + 1));
		}
		return new ApiPage<>(items, paging.page(), paging.size(), total, totalPages, links);
	}

	/**
	 * The address of the request with {@code page} replaced: the same path, every other
	 * parameter kept in its order, values form-encoded (so a {@code +} in a search stays
	 * a plus).
	 */
	static String pageLink(HttpServletRequest request, int page) {
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

	private static void append(StringBuilder query, String name, String value) {
		if (!query.isEmpty()) {
			query.append('&');
		}
		query.append(URLEncoder.encode(name, StandardCharsets.UTF_8))
			.append('=')
			.append(URLEncoder.encode(value, StandardCharsets.UTF_8));
	}

}
