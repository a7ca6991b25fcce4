package org.peaceterms.commitment;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The horizontal bar chart of troop figures, already placed in chart units: one bar per
 * commitment with a number, drawn from its minimum to its maximum; an open end runs to
 * zero ("nearly 10,000") or to the edge of the axis ("upwards of 30,000") and is drawn
 * dashed. The asks are also drawn as a band behind every bar.
 */
public record TroopChart(List<Bar> bars, List<Tick> ticks, @Nullable Band askBand) {

	public static final int WIDTH = 1000;

	public static final int PLOT_LEFT = 300;

	public static final int PLOT_RIGHT = 960;

	public static final int ROW_HEIGHT = 34;

	public static final int TOP = 26;

	public int getHeight() {
		return TOP + Math.max(1, this.bars.size()) * ROW_HEIGHT + 10;
	}

	public int getPlotLeft() {
		return PLOT_LEFT;
	}

	public int getPlotRight() {
		return PLOT_RIGHT;
	}

	public int getRowHeight() {
		return ROW_HEIGHT;
	}

	public int getTop() {
		return TOP;
	}

	/** One commitment's figure. */
	public record Bar(Commitment commitment, double x, double width, boolean openStart, boolean openEnd) {

		/** A bar too short to see (a single number) gets a minimum width. */
		public double getDrawnWidth() {
			return Math.max(this.width, 4);
		}

	}

	/** An axis tick with its value. */
	public record Tick(double x, long value) {

	}

	/** The span of the asks, drawn behind the bars. */
	public record Band(double x, double width) {

	}

}
