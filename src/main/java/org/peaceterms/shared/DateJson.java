package org.peaceterms.shared;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A date in the downloads and the API, as precise as its source: the EDTF-style string,
 * the bounds the real date lies in ({@code earliest} is {@code null} when open, as for
 * "no later than"), the stored day, its precision and qualifier.
 */
public record DateJson(String edtf, @Nullable LocalDate earliest, LocalDate latest, LocalDate day,
		DatePrecision precision, DateQualifier qualifier) {

	public static DateJson of(FuzzyDate date) {
		return new DateJson(date.edtf(), date.earliest(), date.latest(), date.day(), date.precision(),
				date.qualifier());
	}

}
