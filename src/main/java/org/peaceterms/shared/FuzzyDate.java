package org.peaceterms.shared;

import java.time.LocalDate;
import java.time.YearMonth;
import org.jspecify.annotations.Nullable;

/**
 * A date as precise as its source and no more: the stored day (the first day of the month
 * or year for a coarser precision; the source's own date for
 * {@link DateQualifier#NO_LATER_THAN}), its precision and its qualifier. It gives the
 * bounds the real date lies in and an EDTF-style string (ISO 8601-2 Extended Date/Time
 * Format, level 1) for downloads: {@code 2025-12-16}, {@code 2025-02}, {@code 2025},
 * {@code 2025-02~} (approximate), {@code ../2025-12-16} (no later than). See
 * {@code docs/decisions/0007-uncertain-dates.md}.
 *
 * @param day the stored day
 * @param precision day, month or year
 * @param qualifier exact, approximate or no later than
 */
public record FuzzyDate(LocalDate day, DatePrecision precision, DateQualifier qualifier) {

	public static FuzzyDate exact(LocalDate day) {
		return new FuzzyDate(day, DatePrecision.DAY, DateQualifier.EXACT);
	}

	public static FuzzyDate of(LocalDate day, @Nullable DatePrecision precision, @Nullable DateQualifier qualifier) {
		return new FuzzyDate(day, (precision != null) ? precision : DatePrecision.DAY,
				(qualifier != null) ? qualifier : DateQualifier.EXACT);
	}

	/**
	 * The day to store for a date at this precision: the first day of its month or year,
	 * so that filtering on the stored day shows a record from the start of its period.
	 */
	public static LocalDate storedDay(LocalDate day, DatePrecision precision) {
		return switch (precision) {
			case DAY -> day;
			case MONTH -> day.withDayOfMonth(1);
			case YEAR -> day.withDayOfYear(1);
		};
	}

	/**
	 * The earliest day the real date can be, or {@code null} when open (no later than the
	 * source's date, with no lower bound).
	 */
	public @Nullable LocalDate earliest() {
		if (this.qualifier == DateQualifier.NO_LATER_THAN) {
			return null;
		}
		return switch (this.precision) {
			case DAY -> this.day;
			case MONTH -> this.day.withDayOfMonth(1);
			case YEAR -> this.day.withDayOfYear(1);
		};
	}

	/** The latest day the real date can be. */
	public LocalDate latest() {
		return switch (this.precision) {
			case DAY -> this.day;
			case MONTH -> YearMonth.from(this.day).atEndOfMonth();
			case YEAR -> this.day.withDayOfYear(this.day.lengthOfYear());
		};
	}

	/**
	 * The EDTF-style string: {@code 2025-02}, {@code 2025-02~}, {@code ../2025-12-16}.
	 */
	public String edtf() {
		String value = switch (this.precision) {
			case DAY -> this.day.toString();
			case MONTH -> YearMonth.from(this.day).toString();
			case YEAR -> String.valueOf(this.day.getYear());
		};
		return switch (this.qualifier) {
			case EXACT -> value;
			case APPROXIMATE -> value + "~";
			case NO_LATER_THAN -> "../" + value;
		};
	}

}
