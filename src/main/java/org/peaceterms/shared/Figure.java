package org.peaceterms.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.util.Assert;

/**
 * A figure as the sources give it: a range (either end may be open, so "nearly 10,000" is
 * a maximum and "upwards of 30,000" a minimum), its unit, and the source's own wording,
 * which keeps hedges that numbers lose. Conflicting figures are separate records, never
 * averaged.
 */
@Embeddable
public class Figure {

	@Column(precision = 20, scale = 2)
	private @Nullable BigDecimal min;

	@Column(precision = 20, scale = 2)
	private @Nullable BigDecimal max;

	@Column(length = 40)
	private @Nullable String unit;

	@Column(length = 200)
	private @Nullable String text;

	public Figure(@Nullable BigDecimal min, @Nullable BigDecimal max, @Nullable String unit, @Nullable String text) {
		Assert.isTrue(min == null || max == null || min.compareTo(max) <= 0, "a range needs min <= max");
		this.min = min;
		this.max = max;
		this.unit = unit;
		this.text = text;
	}

	protected Figure() {
	}

	public @Nullable BigDecimal getMin() {
		return this.min;
	}

	public @Nullable BigDecimal getMax() {
		return this.max;
	}

	public @Nullable String getUnit() {
		return this.unit;
	}

	public @Nullable String getText() {
		return this.text;
	}

	/** Whether there is any number at all. */
	public boolean isPresent() {
		return this.min != null || this.max != null;
	}

	/**
	 * The range in numbers, for tables: "100,000–150,000", "≤ 10,000", "≥ 30,000", or
	 * "800,000" when both ends agree; empty when there is no number.
	 */
	public String getRange() {
		NumberFormat format = NumberFormat.getIntegerInstance(Locale.UK);
		if (this.min != null && this.max != null) {
			return (this.min.compareTo(this.max) == 0) ? format.format(this.min)
					: format.format(this.min) + "\u2013" + format.format(this.max);
		}
		if (this.max != null) {
			return "\u2264 " + format.format(this.max);
		}
		if (this.min != null) {
			return "\u2265 " + format.format(this.min);
		}
		return "";
	}

}
