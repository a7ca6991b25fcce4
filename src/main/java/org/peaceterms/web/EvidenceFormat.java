package org.peaceterms.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.peaceterms.shared.FuzzyDate;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The one date formatter every page uses, as precise as the source and no more: "16 Dec
 * 2025", "Feb 2025", "2025", "about Feb 2025", "by 16 Dec 2025 (date not given)".
 * Templates reach it as {@code @evidence} ({@code ${@evidence.date(s.date)}}); the
 * patterns and wordings are in {@code messages.properties} ({@code date.*}).
 */
@Component("evidence")
public class EvidenceFormat {

	private final MessageSource messages;

	EvidenceFormat(MessageSource messages) {
		this.messages = messages;
	}

	/** The date for reading. */
	public String date(@Nullable FuzzyDate date) {
		if (date == null) {
			return "";
		}
		Locale locale = LocaleContextHolder.getLocale();
		String pattern = this.messages.getMessage("date.pattern." + date.precision(), null, locale);
		String plain = DateTimeFormatter.ofPattern(pattern, locale).format(date.day());
		return switch (date.qualifier()) {
			case EXACT -> plain;
			case APPROXIMATE -> this.messages.getMessage("date.approximate", new Object[] { plain }, locale);
			case NO_LATER_THAN -> this.messages.getMessage("date.noLaterThan", new Object[] { plain }, locale);
		};
	}

	/** An exact day, in the same format. */
	public String day(@Nullable LocalDate day) {
		return (day != null) ? date(FuzzyDate.exact(day)) : "";
	}

	/**
	 * The value for a {@code <time datetime>} attribute: a valid HTML date, month or year
	 * at the date's precision (HTML has no notation for "about" or "no later than"; the
	 * text says it).
	 */
	public String machine(@Nullable FuzzyDate date) {
		if (date == null) {
			return "";
		}
		return switch (date.precision()) {
			case DAY -> date.day().toString();
			case MONTH -> YearMonth.from(date.day()).toString();
			case YEAR -> String.format("%04d", date.day().getYear());
		};
	}

}
