package org.peaceterms.commitment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.peaceterms.shared.AsOf;
import org.peaceterms.shared.Figure;
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

	/** Troops pledged, asked for and estimated by the as-of date. */
	@Transactional(readOnly = true)
	public ForceTally tally(AsOf asOf) {
		return tally(list(new CommitmentFilter(CommitmentKind.TROOPS, null, null), asOf));
	}

	/** The tally of the troop commitments among {@code commitments}. */
	public ForceTally tally(List<Commitment> commitments) {
		List<Commitment> troops = commitments.stream()
			.filter((commitment) -> commitment.getKind() == CommitmentKind.TROOPS)
			.toList();
		return new ForceTally(basis(troops, CommitmentBasis.PLEDGE), basis(troops, CommitmentBasis.ASK),
				basis(troops, CommitmentBasis.ESTIMATE));
	}

	/**
	 * The bar chart of the troop figures among {@code commitments}: asks first, then
	 * estimates, then pledges, each by size.
	 */
	public TroopChart chart(List<Commitment> commitments) {
		return chart(commitments, Integer.MAX_VALUE);
	}

	/**
	 * The bar chart of at most {@code limit} troop figures among {@code commitments}: the
	 * first {@code limit} in the chart's order (asks, estimates, pledges, each by size).
	 */
	public TroopChart chart(List<Commitment> commitments, int limit) {
		List<Commitment> numbered = new ArrayList<>(commitments.stream()
			.filter((commitment) -> commitment.getKind() == CommitmentKind.TROOPS && commitment.getAmount() != null)
			.toList());
		numbered.sort(Comparator.comparing(Commitment::getBasis, Comparator.comparingInt(CommitmentService::order))
			.thenComparing((commitment) -> upper(commitment.getAmount()), Comparator.reverseOrder()));
		if (numbered.size() > limit) {
			numbered = new ArrayList<>(numbered.subList(0, limit));
		}
		double top = 0;
		for (Commitment commitment : numbered) {
			top = Math.max(top, upper(commitment.getAmount()));
		}
		long step = step(top);
		long axisEnd = (top == 0) ? step : (long) (Math.ceil(top * 1.1 / step) * step);
		Scale scale = new Scale(axisEnd);
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
			ticks.add(new TroopChart.Tick(scale.x(value), value));
		}
		TroopChart.Band band = (bandStart != null && bandEnd != null)
				? new TroopChart.Band(bandStart, bandEnd - bandStart) : null;
		return new TroopChart(bars, ticks, band);
	}

	/**
	 * Groups of figures that disagree: the same actor's commitments of one kind on one
	 * topic whose amounts differ, shown side by side and never averaged.
	 */
	public List<List<Commitment>> conflicts(List<Commitment> commitments) {
		Map<List<Object>, List<Commitment>> groups = new LinkedHashMap<>();
		for (Commitment commitment : commitments) {
			Figure amount = commitment.getAmount();
			if (amount == null && (commitment.getAmountWording() == null)) {
				continue;
			}
			List<Object> key = List.of(commitment.getActor(), commitment.getTopic(), commitment.getKind(),
					commitment.getBasis());
			groups.computeIfAbsent(key, (k) -> new ArrayList<>()).add(commitment);
		}
		List<List<Commitment>> conflicts = new ArrayList<>();
		for (List<Commitment> group : groups.values()) {
			if (group.stream().map(CommitmentService::wording).distinct().count() > 1) {
				conflicts.add(group);
			}
		}
		return conflicts;
	}

	private static String wording(Commitment commitment) {
		Figure amount = commitment.getAmount();
		return (amount != null) ? amount.getRange() : String.valueOf(commitment.getAmountWording());
	}

	private static List<Commitment> basis(List<Commitment> troops, CommitmentBasis basis) {
		return troops.stream().filter((commitment) -> commitment.getBasis() == basis).toList();
	}

	private static int order(CommitmentBasis basis) {
		return switch (basis) {
			case ASK -> 0;
			case ESTIMATE -> 1;
			case PLEDGE -> 2;
		};
	}

	private static double upper(@Nullable Figure amount) {
		if (amount == null) {
			return 0;
		}
		BigDecimal value = (amount.getMax() != null) ? amount.getMax() : amount.getMin();
		return (value != null) ? value.doubleValue() : 0;
	}

	/** A round step giving four to ten ticks. */
	static long step(double top) {
		long step = 1;
		while (top / step > 10) {
			if (top / (step * 2) <= 10) {
				return step * 2;
			}
			if (top / (step * 5) <= 10) {
				return step * 5;
			}
			step *= 10;
		}
		return step;
	}

	/** Maps numbers onto the chart's horizontal axis. */
	record Scale(long axisEnd) {

		double x(double value) {
			double width = TroopChart.PLOT_RIGHT - TroopChart.PLOT_LEFT;
			return Math.round((TroopChart.PLOT_LEFT + width * value / this.axisEnd) * 10) / 10.0;
		}

	}

}
