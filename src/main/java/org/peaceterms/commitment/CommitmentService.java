package org.peaceterms.commitment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hibernate.Hibernate;
import org.jspecify.annotations.Nullable;
import org.peaceterms.actor.Actor;
import org.peaceterms.commitment.CommitmentRepository.ListedTroops;
import org.peaceterms.shared.AsOf;
import org.peaceterms.shared.Figure;
import org.peaceterms.topic.Topic;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads commitments as of a date and lays out what the commitments page and the dashboard
 * show of them: the filtered list (with sources and conditions loaded), the
 * {@link ForceTally} of troops, the {@link TroopChart}, and the figures that disagree.
 */
@Service
public class CommitmentService {

	private final CommitmentRepository commitments;

	CommitmentService(CommitmentRepository commitments) {
		this.commitments = commitments;
	}

	/**
	 * The commitments made by the as-of date that pass the filter, by actor and date,
	 * with their sources and conditions loaded for rendering.
	 */
	@Transactional(readOnly = true)
	public List<Commitment> list(CommitmentFilter filter, AsOf asOf) {
		return this.commitments.findUpTo(asOf.effective()).stream().filter(filter::test).toList();
	}

	/**
	 * What the commitments page shows of the commitments made by the as-of date that pass
	 * the filter, read from the database a bounded amount at a time, however much is on
	 * record: how many there are, the newest {@code rows} of them, the charts with at
	 * most {@code bars} bars each, the first {@code groups} groups of figures that
	 * disagree, and the actors and topics the filters offer. The same listing as
	 * {@link #listing(List, CommitmentFilter, int, int, int)} of every commitment on
	 * record.
	 */
	@Transactional(readOnly = true)
	public Listing listing(CommitmentFilter filter, AsOf asOf, int rows, int bars, int groups) {
		LocalDate until = asOf.effective();
		long total = this.commitments.countShown(until, filter.kind(), filter.basis(), filter.actor(), filter.topic());
		List<Actor> actors = this.commitments.findActorsUpTo(until);
		List<Topic> topics = this.commitments.findTopicsUpTo(until);
		if (total == 0) {
			return new Listing(0, List.of(), List.of(), List.of(), actors, topics);
		}
		return new Listing(
				total, this.commitments.findNewestShown(until, filter.kind(), filter.basis(), filter.actor(),
						filter.topic(), rows),
				charts(filter, asOf, bars), conflicts(filter, until, groups), actors, topics);
	}

	/**
	 * The listing of {@link #listing(CommitmentFilter, AsOf, int, int, int)} made from
	 * {@code all} the commitments on record (in {@link #list}'s order), in memory.
	 */
	public Listing listing(List<Commitment> all, CommitmentFilter filter, int rows, int bars, int groups) {
		List<Commitment> shown = all.stream().filter(filter::test).toList();
		List<List<Commitment>> conflicts = conflicts(shown);
		return new Listing(shown.size(), newest(shown, rows), charts(shown, bars),
				(conflicts.size() > groups) ? conflicts.subList(0, groups) : conflicts,
				all.stream().map(Commitment::getActor).distinct().toList(),
				all.stream()
					.map(Commitment::getTopic)
					.distinct()
					.sorted(Comparator.comparingInt(Topic::getSortOrder)
						.thenComparingLong((topic) -> Objects.requireNonNullElse(topic.getId(), 0L)))
					.toList());
	}

	/**
	 * The charts of {@link #charts(List, int)} of the commitments made by the as-of date
	 * that pass the filter, reading only the figures they show.
	 */
	@Transactional(readOnly = true)
	public List<ChartPair> charts(CommitmentFilter filter, AsOf asOf, int bars) {
		return charts(this.commitments.findChartedShown(asOf.effective(), filter.kind(), filter.basis(), filter.actor(),
				filter.topic(), bars), bars);
	}

	/**
	 * The first {@code groups} of {@link #conflicts(List)}, from the groups the database
	 * finds whose figures may differ, a page of them at a time (groups of a page whose
	 * figures differ only below the unit read the same and are left out).
	 */
	private List<List<Commitment>> conflicts(CommitmentFilter filter, LocalDate until, int groups) {
		List<List<Commitment>> found = new ArrayList<>();
		for (int page = 0; found.size() < groups; page++) {
			List<FigureGroup> candidates = this.commitments.findConflictGroups(until, filter.kind(), filter.basis(),
					filter.actor(), filter.topic(), PageRequest.of(page, groups));
			if (candidates.isEmpty()) {
				break;
			}
			Set<FigureGroup> keys = new HashSet<>(candidates);
			List<Commitment> figures = this.commitments
				.findFiguresShown(until, filter.kind(), filter.basis(), filter.actor(), filter.topic(),
						candidates.stream().map(FigureGroup::actor).collect(Collectors.toSet()),
						candidates.stream().map(FigureGroup::topic).collect(Collectors.toSet()))
				.stream()
				.filter((commitment) -> keys.contains(FigureGroup.of(commitment)))
				.toList();
			found.addAll(conflicts(figures));
			if (candidates.size() < groups) {
				break;
			}
		}
		return (found.size() > groups) ? found.subList(0, groups) : found;
	}

	/**
	 * The newest {@code limit} of {@code commitments}, kept in their order (by actor and
	 * date).
	 */
	private static List<Commitment> newest(List<Commitment> commitments, int limit) {
		if (commitments.size() <= limit) {
			return commitments;
		}
		Set<Commitment> newest = new HashSet<>(commitments.stream()
			.sorted(Comparator.comparing(Commitment::getMadeOn)
				.thenComparing((commitment) -> Objects.requireNonNullElse(commitment.getId(), 0L))
				.reversed())
			.limit(limit)
			.toList());
		return commitments.stream().filter(newest::contains).toList();
	}

	/**
	 * What the commitments page shows of the commitments that pass its filters.
	 *
	 * @param total how many pass the filters
	 * @param rows the newest of them, by actor and date
	 * @param charts the charts of their figures
	 * @param conflicts the first groups of their figures that disagree
	 * @param actors the actors of every commitment on record, by name
	 * @param topics the topics of every commitment on record, in the topics' order
	 */
	public record Listing(long total, List<Commitment> rows, List<ChartPair> charts, List<List<Commitment>> conflicts,
			List<Actor> actors, List<Topic> topics) {

	}

	/**
	 * Troops pledged, asked for and estimated by the as-of date: counted and added up by
	 * the database, and only the commitments the tally lists read, with their sources
	 * (three statements, a bounded number of rows however much is on record). The same
	 * tally as {@link ForceTally#of} of every commitment on record.
	 */
	@Transactional(readOnly = true)
	public ForceTally tally(AsOf asOf) {
		LocalDate until = asOf.effective();
		Map<CommitmentBasis, TroopSums> sums = new EnumMap<>(CommitmentBasis.class);
		this.commitments.sumTroops(until).forEach((row) -> sums.put(row.basis(), row));
		if (sums.isEmpty()) {
			return ForceTally.empty();
		}
		List<ListedTroops> rows = this.commitments.findListedTroops(until, ForceTally.LISTED, ForceTally.NAMED);
		TroopSums pledges = sums.get(CommitmentBasis.PLEDGE);
		long unnumbered = (pledges != null) ? pledges.count() - pledges.numbered() : 0;
		ForceTally tally = new ForceTally(group(sums.get(CommitmentBasis.PLEDGE), rows),
				group(sums.get(CommitmentBasis.ASK), rows), group(sums.get(CommitmentBasis.ESTIMATE), rows),
				new ForceTally.Group(unnumbered, 0,
						listed(rows.stream().filter((row) -> row.getUnnumbered() == 1), ListedTroops::getNewestOfKind,
								ListedTroops::getUnnumberedRank, unnumbered, ForceTally.NAMED)),
				(pledges != null)
						? ForceTally.total(pledges.numbered(), pledges.min(), pledges.max(), pledges.openMax() > 0)
						: null);
		// Rendered after the transaction: load the listed commitments' sources now
		// (batched).
		rows.forEach((row) -> Hibernate.initialize(row.getCommitment().getSources()));
		return tally;
	}

	private static ForceTally.Group group(@Nullable TroopSums sums, List<ListedTroops> rows) {
		if (sums == null) {
			return ForceTally.Group.NONE;
		}
		return new ForceTally.Group(sums.count(), sums.numbered(),
				listed(rows.stream().filter((row) -> row.getCommitment().getBasis() == sums.basis()),
						ListedTroops::getNewest, ListedTroops::getListRank, sums.count(), ForceTally.LISTED));
	}

	/**
	 * The commitments {@link ForceTally.Group#listed} holds of {@code count} on record,
	 * from {@code rows} (newest first): the newest {@code limit}, or when there are no
	 * more than that, all of them in list order.
	 */
	private static List<Commitment> listed(Stream<ListedTroops> rows, ToLongFunction<ListedTroops> newest,
			ToLongFunction<ListedTroops> listOrder, long count, int limit) {
		Stream<ListedTroops> listed = rows.filter((row) -> newest.applyAsLong(row) <= limit);
		if (count <= limit) {
			listed = listed.sorted(Comparator.comparingLong(listOrder));
		}
		return listed.map(ListedTroops::getCommitment).toList();
	}

	/**
	 * The bar charts of the figures among {@code commitments}, in both layouts, each with
	 * at most {@code limit} bars: troops first, then money, one chart per currency in the
	 * currencies' alphabetical order (figures in different units never share an axis);
	 * the first {@code limit} in the chart's order (asks, estimates, pledges, each by
	 * size).
	 */
	public List<ChartPair> charts(List<Commitment> commitments, int limit) {
		List<ChartPair> charts = new ArrayList<>();
		Map<List<Object>, List<Commitment>> byUnit = new TreeMap<>(
				Comparator.comparing((List<Object> key) -> (CommitmentKind) key.get(0))
					.thenComparing((key) -> (String) key.get(1)));
		commitments.stream()
			.filter((commitment) -> commitment.getAmount() != null
					&& (commitment.getKind() == CommitmentKind.TROOPS || commitment.getKind() == CommitmentKind.MONEY))
			.forEach((commitment) -> byUnit
				.computeIfAbsent(List.of(commitment.getKind(), unit(commitment)), (key) -> new ArrayList<>())
				.add(commitment));
		byUnit.forEach((key, figures) -> {
			CommitmentKind kind = (CommitmentKind) key.get(0);
			String unit = (String) key.get(1);
			charts.add(new ChartPair(chart(figures, kind, unit, TroopChart.Layout.WIDE, limit),
					chart(figures, kind, unit, TroopChart.Layout.NARROW, limit)));
		});
		return charts;
	}

	private static TroopChart chart(List<Commitment> figures, CommitmentKind kind, String unit,
			TroopChart.Layout layout, int limit) {
		List<Commitment> numbered = new ArrayList<>(figures);
		numbered.sort(Comparator.comparing(Commitment::getBasis, Comparator.comparingInt(CommitmentService::order))
			.thenComparing((commitment) -> upperEnd(commitment.getAmount()), Comparator.reverseOrder()));
		if (numbered.size() > limit) {
			numbered = new ArrayList<>(numbered.subList(0, limit));
		}
		double top = 0;
		for (Commitment commitment : numbered) {
			top = Math.max(top, upper(commitment.getAmount()));
		}
		long step = step(top, (layout == TroopChart.Layout.NARROW) ? 4 : 10);
		long axisEnd = (top == 0) ? step : (long) (Math.ceil(top * 1.1 / step) * step);
		Scale scale = new Scale(axisEnd, layout);
		List<TroopChart.Bar> bars = new ArrayList<>();
		Double bandStart = null;
		Double bandEnd = null;
		for (Commitment commitment : numbered) {
			Figure amount = Objects.requireNonNull(commitment.getAmount(), "a numbered commitment has an amount");
			BigDecimal min = amount.getMin();
			BigDecimal max = amount.getMax();
			boolean openStart = min == null;
			boolean openEnd = max == null;
			double from = (min == null) ? 0 : min.doubleValue();
			double to = (max == null) ? axisEnd : max.doubleValue();
			double x = scale.x(from);
			bars.add(new TroopChart.Bar(commitment, x, scale.x(to) - x, openStart, openEnd));
			if (commitment.getBasis() == CommitmentBasis.ASK) {
				bandStart = (bandStart == null) ? scale.x(from) : Math.min(bandStart, scale.x(from));
				bandEnd = (bandEnd == null) ? scale.x(to) : Math.max(bandEnd, scale.x(to));
			}
		}
		List<TroopChart.Tick> ticks = new ArrayList<>();
		for (long value = 0; value <= axisEnd; value += step) {
			ticks.add(new TroopChart.Tick(scale.x(value), value, compact(value)));
		}
		TroopChart.Band band = (bandStart != null && bandEnd != null)
				? new TroopChart.Band(bandStart, bandEnd - bandStart) : null;
		return new TroopChart(kind, unit, layout, bars, ticks, band);
	}

	private static String unit(Commitment commitment) {
		Figure amount = commitment.getAmount();
		String unit = (amount != null) ? amount.getUnit() : null;
		return (unit != null) ? unit : "";
	}

	/** An axis value in few characters: 0, 500, 20k, 150k, 3m, 3bn. */
	static String compact(long value) {
		if (value >= 1_000_000_000L && value % 100_000_000L == 0) {
			return trim(value / 1_000_000_000.0) + "bn";
		}
		if (value >= 1_000_000L && value % 100_000L == 0) {
			return trim(value / 1_000_000.0) + "m";
		}
		if (value >= 1_000L && value % 100L == 0) {
			return trim(value / 1_000.0) + "k";
		}
		return Long.toString(value);
	}

	private static String trim(double value) {
		return (value == Math.rint(value)) ? Long.toString((long) value) : Double.toString(value);
	}

	/** A chart in its wide (desktop) and narrow (phone) layouts. */
	public record ChartPair(TroopChart wide, TroopChart narrow) {

	}

	/**
	 * Groups of figures that disagree: the same actor's commitments of one kind on one
	 * topic whose amounts differ, shown side by side and never averaged. By actor (in the
	 * order of {@code commitments}, which is by actor), then by each group's first date
	 * and its first record.
	 */
	public List<List<Commitment>> conflicts(List<Commitment> commitments) {
		Map<FigureGroup, List<Commitment>> groups = new LinkedHashMap<>();
		for (Commitment commitment : commitments) {
			Figure amount = commitment.getAmount();
			if (amount == null && (commitment.getAmountWording() == null)) {
				continue;
			}
			groups.computeIfAbsent(FigureGroup.of(commitment), (k) -> new ArrayList<>()).add(commitment);
		}
		List<List<Commitment>> conflicts = new ArrayList<>();
		for (List<Commitment> group : groups.values()) {
			if (group.stream().map(CommitmentService::wording).distinct().count() > 1) {
				conflicts.add(group);
			}
		}
		// One actor's groups are together (by actor first); order them within.
		Comparator<List<Commitment>> within = Comparator
			.comparing((List<Commitment> group) -> group.stream()
				.map(Commitment::getMadeOn)
				.min(Comparator.naturalOrder())
				.orElseThrow())
			.thenComparingLong((group) -> group.stream()
				.mapToLong((commitment) -> Objects.requireNonNullElse(commitment.getId(), 0L))
				.min()
				.orElseThrow());
		List<List<Commitment>> ordered = new ArrayList<>(conflicts.size());
		int from = 0;
		for (int k = 1; k <= conflicts.size(); k++) {
			if (k == conflicts.size()
					|| !conflicts.get(k).get(0).getActor().equals(conflicts.get(from).get(0).getActor())) {
				List<List<Commitment>> segment = new ArrayList<>(conflicts.subList(from, k));
				segment.sort(within);
				ordered.addAll(segment);
				from = k;
			}
		}
		return ordered;
	}

	private static String wording(Commitment commitment) {
		Figure amount = commitment.getAmount();
		return (amount != null) ? amount.getRange() : String.valueOf(commitment.getAmountWording());
	}

	private static int order(CommitmentBasis basis) {
		return switch (basis) {
			case ASK -> 0;
			case ESTIMATE -> 1;
			case PLEDGE -> 2;
		};
	}

	/** The upper end of a figure, or its lower end when it has none, or zero. */
	private static BigDecimal upperEnd(@Nullable Figure amount) {
		BigDecimal value = (amount != null) ? ((amount.getMax() != null) ? amount.getMax() : amount.getMin()) : null;
		return (value != null) ? value : BigDecimal.ZERO;
	}

	private static double upper(@Nullable Figure amount) {
		if (amount == null) {
			return 0;
		}
		BigDecimal value = (amount.getMax() != null) ? amount.getMax() : amount.getMin();
		return (value != null) ? value.doubleValue() : 0;
	}

	/** A round step giving at most {@code most} ticks. */
	static long step(double top, int most) {
		long step = 1;
		while (top / step > most) {
			if (top / (step * 2) <= most) {
				return step * 2;
			}
			if (top / (step * 5) <= most) {
				return step * 5;
			}
			step *= 10;
		}
		return step;
	}

	/** A round step giving four to ten ticks. */
	static long step(double top) {
		return step(top, 10);
	}

	/** Maps numbers onto the chart's horizontal axis. */
	record Scale(long axisEnd, TroopChart.Layout layout) {

		double x(double value) {
			double width = this.layout.plotRight - this.layout.plotLeft;
			return Math.round((this.layout.plotLeft + width * value / this.axisEnd) * 10) / 10.0;
		}

	}

}
