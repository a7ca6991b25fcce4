package org.peaceterms.admin;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.peaceterms.shared.BadRequestException;
import org.peaceterms.shared.ControlCharacters;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The state of an admin list page as it stands in the address: search text, filter
 * values, whether retired records show, sort column and direction, page number. Builds
 * the links that sort by a column and keep the rest (the pager is
 * {@code fragments/pager}).
 *
 * @param base the list's path ({@code /admin/statements})
 * @param search the search text, empty for none
 * @param filters filter parameter to chosen value (only chosen ones)
 * @param showRetired whether retired records are listed too
 * @param sort the sort path
 * @param descending the sort direction
 * @param page the page, from 1
 */
public record ListQuery(String base, String search, Map<String, String> filters, boolean showRetired, String sort,
		boolean descending, int page) {

	/** Page size of every admin list. */
	public static final int PAGE_SIZE = 25;

	private static final int MAX_SEARCH = 200;

	/** Reads the request parameters against what {@code listing} allows. */
	static ListQuery from(String base, Map<String, String> params, AdminListing<?> listing) {
		String search = params.getOrDefault("q", "").strip();
		if (ControlCharacters.in(search)) {
			throw new BadRequestException("search contains a control character");
		}
		if (search.length() > MAX_SEARCH) {
			search = search.substring(0, MAX_SEARCH);
		}
		Map<String, String> filters = new LinkedHashMap<>();
		for (AdminListing.Filter filter : listing.filters()) {
			String value = params.get(filter.param());
			if (value != null && !value.isBlank()) {
				if (filter.options().stream().noneMatch((option) -> option.value().equals(value))) {
					throw new BadRequestException("unknown filter value");
				}
				filters.put(filter.param(), value);
			}
		}
		String sort = params.getOrDefault("sort", listing.defaultSort());
		boolean known = sort.equals(listing.defaultSort())
				|| listing.columns().stream().anyMatch((column) -> sort.equals(column.sortPath()));
		if (!known) {
			throw new BadRequestException("unknown sort");
		}
		String dir = params.get("dir");
		boolean descending = (dir == null) ? (sort.equals(listing.defaultSort()) && listing.defaultDescending())
				: "desc".equals(dir);
		int page;
		try {
			page = Integer.parseInt(params.getOrDefault("page", "1"));
		}
		catch (NumberFormatException ex) {
			throw new BadRequestException("page is not a number");
		}
		if (page < 1 || page > 1_000_000) {
			throw new BadRequestException("page out of range");
		}
		boolean retired = "true".equals(params.get("retired"));
		return new ListQuery(base, search, filters, retired, sort, descending, page);
	}

	public @Nullable String filter(String param) {
		return this.filters.get(param);
	}

	/**
	 * The link that sorts by {@code path}: ascending first, descending when it already
	 * sorts ascending by it.
	 */
	public String sortLink(String path) {
		boolean descend = path.equals(this.sort) && !this.descending;
		return link(path, descend);
	}

	/** {@code ascending}, {@code descending} or {@code none}, for aria-sort. */
	public String ariaSort(@Nullable String path) {
		if (path == null || !path.equals(this.sort)) {
			return "none";
		}
		return this.descending ? "descending" : "ascending";
	}

	private String link(String sortPath, boolean descend) {
		UriComponentsBuilder builder = UriComponentsBuilder.fromPath(this.base);
		if (!this.search.isEmpty()) {
			builder.queryParam("q", this.search);
		}
		this.filters.forEach(builder::queryParam);
		if (this.showRetired) {
			builder.queryParam("retired", "true");
		}
		builder.queryParam("sort", sortPath).queryParam("dir", descend ? "desc" : "asc");
		return builder.encode().build().toUriString();
	}

}
