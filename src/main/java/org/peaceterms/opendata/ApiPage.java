package org.peaceterms.opendata;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.peaceterms.web.PageLinks;
import org.springframework.data.domain.Page;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

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
	 * The page of {@code found}, its entities mapped to JSON records by {@code toJson},
	 * with links built from the current request.
	 */
	public static <E, T> ApiPage<T> of(Page<E> found, Function<E, T> toJson, ApiPaging paging) {
		HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes())
			.getRequest();
		List<T> items = found.getContent().stream().map(toJson).toList();
		long total = found.getTotalElements();
		int totalPages = paging.totalPages(total);
		Map<String, String> links = new LinkedHashMap<>();
		links.put("self", PageLinks.to(request, paging.page()));
		links.put("first", PageLinks.to(request, 1));
		links.put("last", PageLinks.to(request, totalPages));
		if (paging.page() > 1) {
			links.put("prev", PageLinks.to(request, Math.min(paging.page() - 1, totalPages)));
		}
		if (paging.page() < totalPages) {
			links.put("next", PageLinks.to(request, paging.page() + 1));
		}
		return new ApiPage<>(items, paging.page(), paging.size(), total, totalPages, links);
	}

}
