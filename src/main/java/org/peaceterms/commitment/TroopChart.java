package org.peaceterms.commitment;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A horizontal bar chart of commitment figures of one kind and unit (troops, or money in
 * one currency: figures in different units are never put on one axis), already placed in
 * chart units: one bar per commitment with a number, drawn from its minimum to its
 * maximum; an open end runs to zero ("nearly 10,000") or to the edge of the axis
 * ("upwards of 30,000") and is drawn dashed. The asks are also drawn as a band behind
 * every bar. Each chart comes in two {@link Layout layouts}: wide, names left of the
 * bars, and narrow for phones, names above the bars, so that neither needs scrolling.
 *
 * @param kind what the figures count
 * @param unit the unit of every figure on the chart
 */
public record TroopChart(CommitmentKind kind, String unit, Layout layout, List<Bar> bars, List<Tick> ticks,
		@Nullable Band askBand) {

	public int getWidth() {
		return this.layout.width;
	}

	public int getHeight() {
		return this.layout.top + Math.max(1, this.bars.size()) * this.layout.rowHeight + 10;
	}

	public int getPlotLeft() {
		return this.layout.plotLeft;
	}

	public int getPlotRight() {
		return this.layout.plotRight;
	}

	public int getRowHeight() {
		return this.layout.rowHeight;
	}

	public int getTop() {
		return this.layout.top;
	}

	/** Whether the names stand above the bars (the narrow layout). */
	public boolean isLabelsAbove() {
		return this.layout == Layout.NARROW;
	}

	/** The vertical offset of a bar within its row. */
	public int getBarOffset() {
		return isLabelsAbove() ? 30 : 6;
	}

	/** Where a value label no longer fits right of its bar and goes inside it. */
	public int getInsideFrom() {
		return this.layout.plotRight - (isLabelsAbove() ? 120 : 170);
	}

	/** The two layouts of a chart, in chart units. */
	public enum Layout {

		/** Desktop: 1000 units wide, names left of the bars. */
		WIDE(1000, 300, 960, 34, 26),

		/** Phones: 400 units wide, names above the bars. */
		NARROW(400, 6, 390, 56, 26);

		final int width;

		final int plotLeft;

		final int plotRight;

		final int rowHeight;

		final int top;

		Layout(int width, int plotLeft, int plotRight, int rowHeight, int top) {
			this.width = width;
			this.plotLeft = plotLeft;
			this.plotRight = plotRight;
			this.rowHeight = rowHeight;
			this.top = top;
		}

	}

	/** One commitment's figure. */
	public record Bar(Commitment commitment, double x, double width, boolean openStart, boolean openEnd) {

		/** A bar too short to see (a single number) gets a minimum width. */
		public double getDrawnWidth() {
			return Math.max(this.width, 4);
		}

	}

	/** An axis tick with its value and the value as the axis shows it ("100k", "3bn"). */
	public record Tick(double x, long value, String label) {

	}

	/** The span of the asks, drawn behind the bars. */
	public record Band(double x, double width) {

	}

}
