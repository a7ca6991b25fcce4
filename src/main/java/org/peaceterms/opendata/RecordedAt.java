package org.peaceterms.opendata;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;
import org.peaceterms.shared.BadRequestException;

/**
 * The moment a page or API answer shows the record as it was recorded at
 * ({@code ?recordedAt=2026-11-30T15:00:00Z}): what the tracker held then, before any
 * later edit or correction. {@code asOf} filters by when things were said; this one by
 * when they were entered. Templates find it as {@code recordedAt} while a request is
 * answered from an earlier state.
 *
 * @param requested the moment asked for
 * @param revision the last audit revision saved by then ({@code 0} when none was)
 * @param revisionAt when that revision was saved, or {@code null} when none was
 */
public record RecordedAt(Instant requested, long revision, @Nullable Instant revisionAt) {

	/** The query parameter's name. */
	public static final String PARAM = "recordedAt";

	/**
	 * Reads the parameter: an ISO instant ({@code 2026-11-30T15:00:00Z}), a date-time
	 * with an offset, or a day ({@code 2026-11-30}, meaning its end in UTC).
	 * @throws BadRequestException when it is none of these or lies in the future
	 */
	public static Instant parse(String value, Instant now) {
		String text = value.strip();
		Instant instant;
		try {
			instant = (text.length() == 10)
					? LocalDate.parse(text).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusMillis(1)
					: OffsetDateTime.parse(text).toInstant();
		}
		catch (DateTimeParseException ex) {
			throw new BadRequestException("recordedAt is not a moment (e.g. 2026-11-30T15:00:00Z)");
		}
		if (instant.isAfter(now)) {
			throw new BadRequestException("recordedAt is in the future");
		}
		return instant;
	}

	/** The moment to print and to pin in a permalink: the one asked for. */
	public String param() {
		return this.requested.toString();
	}

}
