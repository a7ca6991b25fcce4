package org.peaceterms.shared;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;

/**
 * The date a page shows the world as of: only what had been said, proposed or committed
 * by then. Every page takes it as the query parameter {@code asOf=YYYY-MM-DD}; without it
 * a page shows today's record. Controllers receive it as a method argument (see
 * {@code web.AsOfArgumentResolver}); templates find it in the model as {@code asOf}.
 */
public record AsOf(@Nullable LocalDate date) {

	/** The query parameter's name. */
	public static final String PARAM = "asOf";

	private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

	private static final LocalDate LATEST = LocalDate.of(2999, 12, 31);

	/** No date pinned: today's record. */
	public static AsOf today() {
		return new AsOf(null);
	}

	/**
	 * Reads the parameter; a blank value means today.
	 * @throws BadRequestException when the value is not a date in ISO form within a sane
	 * range
	 */
	public static AsOf parse(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return today();
		}
		try {
			LocalDate date = LocalDate.parse(value.strip());
			if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
				throw new BadRequestException("asOf is out of range");
			}
			return new AsOf(date);
		}
		catch (DateTimeParseException ex) {
			throw new BadRequestException("asOf is not a date");
		}
	}

	/**
	 * Reads the parameter like {@link #parse}, but answers a malformed value with today
	 * instead of an error: for links around a page, whose own handling of the parameter
	 * decides about the error.
	 */
	public static AsOf parseLeniently(@Nullable String value) {
		try {
			return parse(value);
		}
		catch (BadRequestException ex) {
			return today();
		}
	}

	/** Whether the page is pinned to a date (and must say so). */
	public boolean isPinned() {
		return this.date != null;
	}

	/** The date to filter on: the pinned date, or today. */
	public LocalDate effective() {
		return (this.date != null) ? this.date : LocalDate.now();
	}

	/**
	 * The value to carry in links ({@code null} when not pinned, so that links stay
	 * clean).
	 */
	public @Nullable String param() {
		return (this.date != null) ? this.date.toString() : null;
	}

	/** Whether {@code day} falls on or before the as-of date. */
	public boolean includes(LocalDate day) {
		return !day.isAfter(effective());
	}

}
