package org.peaceterms.stance;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.peaceterms.actor.Actor;
import org.peaceterms.shared.AsOf;
import org.peaceterms.shared.AuditedEntity;
import org.peaceterms.shared.BadRequestException;
import org.peaceterms.statement.Position;
import org.peaceterms.statement.PositionRepository;
import org.peaceterms.statement.Statement;
import org.peaceterms.topic.Stance;
import org.peaceterms.topic.Topic;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads positions as sequences: the stance timeline of a topic (segments from each
 * position to the next, marks for the statements they rest on, the same data as table
 * entries), the dashboard's strip of countries by month, and the latest changes of level
 * across all topics. Of two positions an actor took on the same day, the one entered last
 * holds.
 */
@Service
public class StanceTimelineService {

	/** Marks closer than this (chart units) to the first of a group join the group. */
	static final double MARK_SPACING = 16;

	private final PositionRepository positions;

	StanceTimelineService(PositionRepository positions) {
		this.positions = positions;
	}

	/**
	 * The timeline of a topic for a group of actors. Without {@code from} the range
	 * starts on 1 January of the year of the first position; without {@code to} it ends
	 * with the month of the last recorded position or statement. Nothing after the as-of
	 * date is shown, and the range never runs past it.
	 * @throws BadRequestException when {@code from} is after {@code to}
	 */
	@Transactional(readOnly = true)
	public StanceTimeline timeline(Topic topic, StanceGroup group, @Nullable LocalDate from, @Nullable LocalDate to,
			AsOf asOf) {
		if (from != null && to != null && from.isAfter(to)) {
			throw new BadRequestException("from is after to");
		}
		LocalDate until = asOf.effective();
		if (to != null && to.isBefore(until)) {
			until = to;
		}
		List<Position> found = this.positions.findTimeline(topic, group.getKinds(), until);
		if (!found.isEmpty()) {
			this.positions.fetchEvidence(found);
		}
		LocalDate start = (from != null) ? from : defaultFrom(found, until);
		// Ends today (or on the as-of or "to" date): the current levels run to the right
		// edge, so that a change entered last week is a visible segment, not a sliver.
		LocalDate end = until;
		if (end.isBefore(start)) {
			end = start;
		}
		Scale scale = new Scale(start, end);
		List<StanceTimeline.Row> rows = new ArrayList<>();
		for (List<Position> sequence : byActor(found).values()) {
			StanceTimeline.Row row = row(sequence, scale, asOf);
			if (!row.segments().isEmpty()) {
				rows.add(row);
			}
		}
		return new StanceTimeline(topic, group, start, end, topic.getLadder().levels(), rows, scale.ticks());
	}

	/**
	 * Every country's position on a topic at the end of each of the twelve months up to
	 * the month of the last position on record (as of the date).
	 */
	@Transactional(readOnly = true)
	public StanceStrip strip(Topic topic, AsOf asOf) {
		List<Position> found = this.positions.findTimeline(topic, StanceGroup.COUNTRIES.getKinds(), asOf.effective());
		YearMonth last = found.stream()
			.map((position) -> YearMonth.from(position.getValidFrom()))
			.max(Comparator.naturalOrder())
			.orElse(YearMonth.from(asOf.effective()));
		List<YearMonth> months = new ArrayList<>();
		for (int i = 11; i >= 0; i--) {
			months.add(last.minusMonths(i));
		}
		List<StanceStrip.Row> rows = new ArrayList<>();
		for (List<Position> sequence : byActor(found).values()) {
			List<Position> kept = lastOfEachDay(sequence);
			List<@Nullable Position> cells = new ArrayList<>();
			for (YearMonth month : months) {
				LocalDate endOfMonth = month.atEndOfMonth();
				Position holding = null;
				for (Position position : kept) {
					if (!position.getValidFrom().isAfter(endOfMonth)) {
						holding = position;
					}
				}
				cells.add(holding);
			}
			rows.add(new StanceStrip.Row(kept.get(0).getActor(), cells));
		}
		return new StanceStrip(months, rows);
	}

	/**
	 * The latest changes of level on any topic up to the as-of date, newest first, found
	 * by the database (so the cost does not grow with the number of positions on record).
	 */
	@Transactional(readOnly = true)
	public List<StanceChange> latestChanges(AsOf asOf, int limit) {
		return latestChanges(asOf, null, null, limit);
	}

	/**
	 * The latest changes of level of one actor on one topic (of every actor or on every
	 * topic, for {@code null}) up to the as-of date, newest first. Of two positions of an
	 * actor on a topic on one day the one entered last counts, as on the stances page.
	 */
	@Transactional(readOnly = true)
	public List<StanceChange> latestChanges(AsOf asOf, @Nullable Actor actor, @Nullable Topic topic, int limit) {
		if (limit <= 0) {
			return List.of();
		}
		List<Object[]> found = this.positions.findLatestChanges(asOf.effective(), id(actor), id(topic), limit);
		if (found.isEmpty()) {
			return List.of();
		}
		Map<Long, Position> byId = new HashMap<>();
		for (Position position : this.positions
			.findForChanges(found.stream().map((row) -> ((Number) row[0]).longValue()).toList())) {
			byId.put(position.requireId(), position);
		}
		List<StanceChange> changes = new ArrayList<>();
		for (Object[] row : found) {
			Position position = byId.get(((Number) row[0]).longValue());
			if (position != null) {
				changes.add(new StanceChange(position, Stance.valueOf(String.valueOf(row[1]))));
			}
		}
		return changes;
	}

	private static long id(@Nullable AuditedEntity entity) {
		Long id = (entity != null) ? entity.getId() : null;
		return (id != null) ? id : -1;
	}

	private StanceTimeline.Row row(List<Position> sequence, Scale scale, AsOf asOf) {
		List<Position> kept = lastOfEachDay(sequence);
		List<StanceChange> changes = changes(kept);
		List<StanceTimeline.Segment> segments = new ArrayList<>();
		List<StanceTimeline.Entry> entries = new ArrayList<>();
		for (int i = 0; i < kept.size(); i++) {
			Position position = kept.get(i);
			LocalDate next = (i + 1 < kept.size()) ? kept.get(i + 1).getValidFrom() : null;
			LocalDate segmentEnd = (next != null) ? next : scale.end().plusDays(1);
			if (!segmentEnd.isAfter(scale.start())) {
				continue;
			}
			LocalDate segmentStart = position.getValidFrom().isBefore(scale.start()) ? scale.start()
					: position.getValidFrom();
			double x = scale.x(segmentStart);
			segments.add(new StanceTimeline.Segment(position, segmentStart, segmentEnd.minusDays(1), x,
					scale.x(segmentEnd) - x));
			entries.add(new StanceTimeline.Entry(changes.get(i), next, evidence(position, asOf)));
		}
		return new StanceTimeline.Row(sequence.get(0).getActor(), segments, marks(sequence, scale, asOf), entries);
	}

	/** Evidence said by the as-of date, oldest first. */
	private static List<Statement> evidence(Position position, AsOf asOf) {
		return position.getEvidence()
			.stream()
			.filter((statement) -> !statement.isRetired() && asOf.includes(statement.getSaidOn()))
			.sorted(Comparator.comparing(Statement::getSaidOn)
				.thenComparing((statement) -> Objects.requireNonNullElse(statement.getId(), 0L)))
			.toList();
	}

	/**
	 * The evidence statements said within the range, as marks; statements closer than a
	 * mark's width to the one before are grouped into one mark that counts them, so that
	 * none hides another.
	 */
	private static List<StanceTimeline.Mark> marks(List<Position> sequence, Scale scale, AsOf asOf) {
		Set<Statement> statements = new LinkedHashSet<>();
		for (Position position : sequence) {
			for (Statement statement : evidence(position, asOf)) {
				if (!statement.getSaidOn().isBefore(scale.start()) && !statement.getSaidOn().isAfter(scale.end())) {
					statements.add(statement);
				}
			}
		}
		List<Statement> ordered = new ArrayList<>(statements);
		ordered.sort(Comparator.comparing(Statement::getSaidOn)
			.thenComparing((statement) -> Objects.requireNonNullElse(statement.getId(), 0L)));
		List<StanceTimeline.Mark> marks = new ArrayList<>();
		List<Statement> group = new ArrayList<>();
		double groupX = 0;
		for (Statement statement : ordered) {
			double x = scale.x(statement.getSaidOn());
			if (!group.isEmpty() && x - groupX >= MARK_SPACING) {
				marks.add(new StanceTimeline.Mark(List.copyOf(group), groupX));
				group.clear();
			}
			if (group.isEmpty()) {
				groupX = x;
			}
			group.add(statement);
		}
		if (!group.isEmpty()) {
			marks.add(new StanceTimeline.Mark(List.copyOf(group), groupX));
		}
		return marks;
	}

	private static List<StanceChange> changes(List<Position> kept) {
		List<StanceChange> changes = new ArrayList<>();
		for (int i = 0; i < kept.size(); i++) {
			changes.add(new StanceChange(kept.get(i), (i > 0) ? kept.get(i - 1).getStance() : null));
		}
		return changes;
	}

	/**
	 * Of several positions on one day, the one entered last (sequence is date, id order).
	 */
	private static List<Position> lastOfEachDay(List<Position> sequence) {
		List<Position> kept = new ArrayList<>();
		for (Position position : sequence) {
			if (!kept.isEmpty() && kept.get(kept.size() - 1).getValidFrom().equals(position.getValidFrom())) {
				kept.set(kept.size() - 1, position);
			}
			else {
				kept.add(position);
			}
		}
		return kept;
	}

	private static Map<Actor, List<Position>> byActor(List<Position> found) {
		Map<Actor, List<Position>> byActor = new LinkedHashMap<>();
		for (Position position : found) {
			byActor.computeIfAbsent(position.getActor(), (actor) -> new ArrayList<>()).add(position);
		}
		return byActor;
	}

	/** The first day of the month of the earliest position: the range fits the data. */
	private static LocalDate defaultFrom(List<Position> found, LocalDate until) {
		LocalDate first = found.stream().map(Position::getValidFrom).min(Comparator.naturalOrder()).orElse(until);
		return first.withDayOfMonth(1);
	}

	/** Maps dates onto the chart's horizontal axis. */
	record Scale(LocalDate start, LocalDate end) {

		double x(LocalDate date) {
			double span = ChronoUnit.DAYS.between(this.start, this.end.plusDays(1));
			double offset = ChronoUnit.DAYS.between(this.start, date);
			double width = StanceTimeline.PLOT_RIGHT - StanceTimeline.PLOT_LEFT;
			return round(StanceTimeline.PLOT_LEFT + width * offset / span);
		}

		/** Month ticks, thinned so that there are at most about twelve. */
		List<StanceTimeline.Tick> ticks() {
			List<StanceTimeline.Tick> ticks = new ArrayList<>();
			YearMonth first = YearMonth.from(this.start);
			if (first.atDay(1).isBefore(this.start)) {
				first = first.plusMonths(1);
			}
			YearMonth last = YearMonth.from(this.end);
			long months = ChronoUnit.MONTHS.between(first, last) + 1;
			long step = Math.max(1, (months + 11) / 12);
			for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(step)) {
				ticks.add(new StanceTimeline.Tick(month.atDay(1), x(month.atDay(1)),
						ticks.isEmpty() || month.getMonthValue() <= step));
			}
			return ticks;
		}

		private static double round(double value) {
			return Math.round(value * 10) / 10.0;
		}

	}

}
