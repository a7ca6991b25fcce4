package org.peaceterms.stance;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.peaceterms.actor.Actor;
import org.peaceterms.statement.Position;
import org.peaceterms.statement.Statement;
import org.peaceterms.topic.Stance;
import org.peaceterms.topic.Topic;

/**
 * Everything the stances page draws: one row per actor with the segments of its levels
 * over the date range and a mark per evidence statement, already placed on the chart's
 * horizontal axis (chart units, see {@link #WIDTH}), the month ticks, and the same data
 * as table entries. Built by {@link StanceTimelineService}.
 */
public record StanceTimeline(Topic topic, StanceGroup group, LocalDate from, LocalDate to, List<Stance> levels,
		List<Row> rows, List<Tick> ticks) {

	/** Width of the chart's coordinate system. */
	public static final int WIDTH = 1000;

	/** Left edge of the plotting area; the actor names sit left of it. */
	public static final int PLOT_LEFT = 180;

	/** Right edge of the plotting area. */
	public static final int PLOT_RIGHT = 985;

	/** Height of one actor's row, and of the tick labels' band above the rows. */
	public static final int ROW_HEIGHT = 40;

	public static final int TOP = 28;

	/** Total height of the chart in chart units. */
	public int getHeight() {
		return TOP + Math.max(1, this.rows.size()) * ROW_HEIGHT + 8;
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

	/** Changes the page lists unless every one is asked for. */
	public static final int RECENT_CHANGES = 30;

	/** Entries per actor the table shows unless every one is asked for. */
	public static final int RECENT_ENTRIES = 5;

	/**
	 * The latest {@value #RECENT_CHANGES} changes of {@link #getChanges()}: what the page
	 * lists by default.
	 */
	public List<StanceChange> getRecentChanges() {
		List<StanceChange> changes = getChanges();
		return (changes.size() <= RECENT_CHANGES) ? changes
				: changes.subList(changes.size() - RECENT_CHANGES, changes.size());
	}

	/** {@link #RECENT_ENTRIES}, for the page. */
	public int getRecentEntryLimit() {
		return RECENT_ENTRIES;
	}

	/** Whether some actor has more entries than the table shows by default. */
	public boolean isShortened() {
		return this.rows.stream().anyMatch((row) -> row.entries().size() > RECENT_ENTRIES);
	}

	/** Actors the page shows unless every one is asked for. */
	public static final int SHOWN_ACTORS = 15;

	/**
	 * This timeline with at most {@code max} rows: the actors whose level changed last
	 * (their latest segment starts latest), in the chart's order. The page shows these by
	 * default, so that its size does not grow with the actors on record.
	 */
	public StanceTimeline limitedTo(int max) {
		List<Row> kept = LatestRows.keep(this.rows, max, StanceTimeline::lastChange);
		return (kept == this.rows) ? this
				: new StanceTimeline(this.topic, this.group, this.from, this.to, this.levels, kept, this.ticks);
	}

	private static LocalDate lastChange(Row row) {
		return row.segments().isEmpty() ? LocalDate.MIN : row.segments().get(row.segments().size() - 1).start();
	}

	/** Every change of level within the range, oldest first. */
	public List<StanceChange> getChanges() {
		return this.rows.stream()
			.flatMap((row) -> row.entries().stream())
			.map(Entry::change)
			.filter((change) -> change.isChange() && !change.on().isBefore(this.from))
			.sorted(java.util.Comparator.comparing(StanceChange::on))
			.toList();
	}

	/** One actor's line. */
	public record Row(Actor actor, List<Segment> segments, List<Mark> marks, List<Entry> entries) {

		/**
		 * The latest {@link StanceTimeline#RECENT_ENTRIES} entries: what the table shows
		 * by default, so that its size does not grow with the years on record.
		 */
		public List<Entry> getRecentEntries() {
			return (this.entries.size() <= RECENT_ENTRIES) ? this.entries
					: this.entries.subList(this.entries.size() - RECENT_ENTRIES, this.entries.size());
		}

		/** The segments, the current one first: the phone layout lists them so. */
		public List<Segment> getSegmentsNewestFirst() {
			List<Segment> newestFirst = new java.util.ArrayList<>(this.segments);
			java.util.Collections.reverse(newestFirst);
			return newestFirst;
		}

	}

	/**
	 * A stretch of time at one level, from the position's date (or the start of the
	 * range) to the next position's date (or the end of the range).
	 */
	public record Segment(Position position, LocalDate start, LocalDate end, double x, double width) {

		/** Whether there is room for the level's name inside the bar. */
		public boolean isLabelled() {
			return this.width >= 70;
		}

		/** Whether this is the row's last segment, running to the end of the range. */
		public boolean isCurrent(LocalDate rangeEnd) {
			return !this.end.isBefore(rangeEnd);
		}

	}

	/**
	 * The evidence statements said on or near one date (too close to draw apart), at the
	 * date of the first.
	 */
	public record Mark(List<Statement> statements, double x) {

		/** The first (or only) statement of the mark. */
		public Statement getStatement() {
			return this.statements.get(0);
		}

		public int getCount() {
			return this.statements.size();
		}

		public boolean isGroup() {
			return this.statements.size() > 1;
		}

		/**
		 * The statements a group's label and tooltip quote: the first {@value #QUOTED},
		 * so that a mark's text does not grow with the statements on record (the table
		 * and the statements search list them all).
		 */
		public List<Statement> getQuoted() {
			return this.statements.subList(0, Math.min(QUOTED, this.statements.size()));
		}

		/** How many statements of a group its label does not quote. */
		public int getUnquoted() {
			return this.statements.size() - getQuoted().size();
		}

	}

	/** How many statements a group of marks quotes at most. */
	public static final int QUOTED = 3;

	/** How many statement marks the chart has: what its skip link skips. */
	public int getMarkCount() {
		return this.rows.stream().mapToInt((row) -> row.marks().size()).sum();
	}

	/**
	 * A position in the table: how it reads against the previous one, until when it held
	 * ({@code null} while it still holds at the end of the range).
	 */
	public record Entry(StanceChange change, @Nullable LocalDate until, List<Statement> evidence) {

	}

	/** A month on the time axis; {@code labelled} ticks carry the year. */
	public record Tick(LocalDate month, double x, boolean withYear) {

	}

}
