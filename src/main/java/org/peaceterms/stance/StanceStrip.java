package org.peaceterms.stance;

import java.time.YearMonth;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.peaceterms.actor.Actor;
import org.peaceterms.statement.Position;

/**
 * The dashboard's troop-stance strip: countries down, months across, each cell the
 * position that held at the end of the month (or {@code null} where none was recorded
 * yet).
 */
public record StanceStrip(List<YearMonth> months, List<Row> rows) {

	/**
	 * Countries the strip shows: the overview's size does not grow with the countries.
	 */
	public static final int SHOWN = 20;

	/**
	 * The rows the overview shows: at most {@value #SHOWN}, the countries whose latest
	 * position is the newest, in the strip's order.
	 */
	public List<Row> getShownRows() {
		return LatestRows.keep(this.rows, SHOWN, StanceStrip::latest);
	}

	/** How many countries the strip leaves out. */
	public int getHiddenCount() {
		return this.rows.size() - getShownRows().size();
	}

	private static java.time.LocalDate latest(Row row) {
		return row.cells()
			.stream()
			.filter(java.util.Objects::nonNull)
			.map(Position::getValidFrom)
			.max(java.util.Comparator.naturalOrder())
			.orElse(java.time.LocalDate.MIN);
	}

	/** One country's cells, month by month. */
	public record Row(Actor actor, List<@Nullable Position> cells) {

	}

}
