package org.peaceterms.shared;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A {@link Figure} as the JSON API gives it: the range in numbers (either end may be
 * open), its unit, the source's own wording, and the range as the site prints it.
 */
public record FigureJson(@Nullable BigDecimal min, @Nullable BigDecimal max, @Nullable String unit,
		@Nullable String text, String range) {

	/** The figure's JSON form, or {@code null} when there is no figure. */
	public static @Nullable FigureJson of(@Nullable Figure figure) {
		if (figure == null) {
			return null;
		}
		return new FigureJson(plain(figure.getMin()), plain(figure.getMax()), figure.getUnit(), figure.getText(),
				figure.getRange());
	}

	/**
	 * The number without the database's trailing zeros and never in exponent form:
	 * {@code 3000000000}, not {@code 3000000000.00} or {@code 3E+9}.
	 */
	public static @Nullable BigDecimal plain(@Nullable BigDecimal number) {
		return (number != null) ? new BigDecimal(number.stripTrailingZeros().toPlainString()) : null;
	}

}
