package org.peaceterms.opendata;

import org.jspecify.annotations.Nullable;
import org.peaceterms.shared.BadRequestException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * Which slice of a list an API client asked for: {@code page} counts from 1 (the first
 * page is {@code page=1}, as on the site's pages) and {@code size} from 1 to
 * {@link #MAX_SIZE}. Anything else is a 400 problem, never a silent correction.
 */
public record ApiPaging(int page, int size) {

	/** Items per page when the client names no size. */
	public static final int DEFAULT_SIZE = 20;

	/** The largest page a client may ask for. */
	public static final int MAX_SIZE = 100;

	private static final int MAX_PAGE = 1_000_000;

	/** Reads the {@code page} and {@code size} query parameters; blank means default. */
	public static ApiPaging parse(@Nullable String page, @Nullable String size) {
		return new ApiPaging(number(page, "page", 1, MAX_PAGE, 1), number(size, "size", 1, MAX_SIZE, DEFAULT_SIZE));
	}

	/** The Spring Data request for this slice (whose pages count from 0). */
	public Pageable pageable(Sort sort) {
		return PageRequest.of(this.page - 1, this.size, sort);
	}

	/** How many pages {@code total} items fill, at least 1. */
	public int totalPages(long total) {
		return (int) Math.max(1, (total + this.size - 1) / this.size);
	}

	private static int number(@Nullable String value, String name, int min, int max, int fallback) {
		if (value == null || value.isBlank()) {
			return fallback;
		}
		try {
			int number = Integer.parseInt(value.strip());
			if (number < min || number > max) {
				throw new BadRequestException(name + " must be between " + min + " and " + max);
			}
			return number;
		}
		catch (NumberFormatException ex) {
			throw new BadRequestException(name + " is not a whole number");
		}
	}

}
