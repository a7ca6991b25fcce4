package org.peaceterms.commitment;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.peaceterms.shared.Figure;

/**
 * Troops pledged against troops asked for and the reported estimates of a force's size.
 * Pledges with a number add up to a range (an open upper end keeps the total open);
 * pledges without a number are counted and named, never guessed. Asks and estimates are
 * listed one by one, each with its own figure: they are different claims, not parts of a
 * sum.
 */
public record ForceTally(List<Commitment> pledges, List<Commitment> asks, List<Commitment> estimates) {

	/** How many commitments of each kind the tally lists one by one by default. */
	public static final int LISTED = 12;

	/** The newest {@link #LISTED} pledges: what the tally lists by default. */
	public List<Commitment> getListedPledges() {
		return newest(this.pledges);
	}

	/** The newest {@link #LISTED} asks. */
	public List<Commitment> getListedAsks() {
		return newest(this.asks);
	}

	/** The newest {@link #LISTED} estimates. */
	public List<Commitment> getListedEstimates() {
		return newest(this.estimates);
	}

	private static List<Commitment> newest(List<Commitment> commitments) {
		if (commitments.size() <= LISTED) {
			return commitments;
		}
		return commitments.stream()
			.sorted(java.util.Comparator.comparing(Commitment::getMadeOn).reversed())
			.limit(LISTED)
			.toList();
	}

	/** The pledges that name a number of troops. */
	public List<Commitment> getNumberedPledges() {
		return this.pledges.stream().filter((pledge) -> pledge.getAmount() != null).toList();
	}

	/** The pledges of troops without a number ("our own troops on the ground"). */
	public List<Commitment> getUnnumberedPledges() {
		return this.pledges.stream().filter((pledge) -> pledge.getAmount() == null).toList();
	}

	/**
	 * The sum of the numbered pledges as a range, or {@code null} when none names a
	 * number.
	 */
	public @Nullable Figure getPledgedTotal() {
		List<Commitment> numbered = getNumberedPledges();
		if (numbered.isEmpty()) {
			return null;
		}
		BigDecimal min = BigDecimal.ZERO;
		BigDecimal max = BigDecimal.ZERO;
		boolean openMax = false;
		for (Commitment pledge : numbered) {
			Figure amount = Objects.requireNonNull(pledge.getAmount(), "a numbered pledge has an amount");
			if (amount.getMin() != null) {
				min = min.add(amount.getMin());
			}
			if (amount.getMax() != null) {
				max = max.add(amount.getMax());
			}
			else {
				openMax = true;
				max = max.add((amount.getMin() != null) ? amount.getMin() : BigDecimal.ZERO);
			}
		}
		if (openMax) {
			return new Figure(min, null, "troops", null);
		}
		return new Figure(min.signum() > 0 ? min : null, max, "troops", null);
	}

}
