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

	/** One country's cells, month by month. */
	public record Row(Actor actor, List<@Nullable Position> cells) {

	}

}
