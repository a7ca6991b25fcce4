package org.peaceterms.commitment;

import java.math.BigDecimal;
import java.util.Comparator;
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
 * <p>
 * A tally holds counts and sums, and only the few commitments a page lists, so that its
 * size does not grow with the record:
 * {@link CommitmentService#tally(org.peaceterms.shared.AsOf)} has the database count and
 * add them up, {@link #of(List)} does the same from a list already loaded.
 *
 * @param pledges the troops pledged
 * @param asks the troops asked for
 * @param estimates the reported estimates of a force's size
 * @param unnumberedPledges the pledges that name no number ("our own troops on the
 * ground"), listing at most {@link #NAMED}
 * @param pledgedTotal the sum of the pledges that name a number, as a range, or
 * {@code null} when none does
 */
public record ForceTally(Group pledges, Group asks, Group estimates, Group unnumberedPledges,
		@Nullable Figure pledgedTotal) {

	/** How many commitments of each kind the tally lists one by one by default. */
	public static final int LISTED = 12;

	/** How many of the pledges without a number the overview names. */
	public static final int NAMED = 5;

	/** How many asks with a number the overview's headline shows. */
	public static final int HEADLINE_ASKS = 3;

	/** The tally of the troop commitments among {@code commitments}, in list order. */
	public static ForceTally of(List<Commitment> commitments) {
		List<Commitment> troops = commitments.stream()
			.filter((commitment) -> commitment.getKind() == CommitmentKind.TROOPS)
			.toList();
		List<Commitment> pledges = basis(troops, CommitmentBasis.PLEDGE);
		List<Commitment> numbered = pledges.stream().filter((pledge) -> pledge.getAmount() != null).toList();
		List<Commitment> unnumbered = pledges.stream().filter((pledge) -> pledge.getAmount() == null).toList();
		PledgeSum sum = new PledgeSum();
		numbered.forEach((pledge) -> sum.add(Objects.requireNonNull(pledge.getAmount(), "numbered")));
		return new ForceTally(Group.of(pledges, LISTED), Group.of(basis(troops, CommitmentBasis.ASK), LISTED),
				Group.of(basis(troops, CommitmentBasis.ESTIMATE), LISTED), Group.of(unnumbered, NAMED),
				total(numbered.size(), sum.min, sum.max, sum.open));
	}

	/** A tally with nothing on record. */
	public static ForceTally empty() {
		return new ForceTally(Group.NONE, Group.NONE, Group.NONE, Group.NONE, null);
	}

	/**
	 * The sum of {@code numbered} pledges that name a number, as a range: the lower ends
	 * added up, and the upper ends (a pledge without one counts with its lower end and
	 * leaves the total open), or {@code null} when there is none.
	 */
	static @Nullable Figure total(long numbered, @Nullable BigDecimal min, @Nullable BigDecimal max, boolean openMax) {
		if (numbered == 0) {
			return null;
		}
		BigDecimal low = (min != null) ? min : BigDecimal.ZERO;
		if (openMax) {
			return new Figure(low, null, "troops", null);
		}
		return new Figure(low.signum() > 0 ? low : null, (max != null) ? max : BigDecimal.ZERO, "troops", null);
	}

	/**
	 * The asks that name a number, at most {@link #HEADLINE_ASKS}: what the overview's
	 * headline shows of the asks.
	 */
	public List<Commitment> getHeadlineAsks() {
		return this.asks.listed().stream().filter((ask) -> ask.getAmount() != null).limit(HEADLINE_ASKS).toList();
	}

	/** How many asks with a number the headline leaves out. */
	public long getHeadlineAsksLeftOut() {
		return this.asks.numbered() - getHeadlineAsks().size();
	}

	private static List<Commitment> basis(List<Commitment> troops, CommitmentBasis basis) {
		return troops.stream().filter((commitment) -> commitment.getBasis() == basis).toList();
	}

	/**
	 * Commitments of one kind in the tally.
	 *
	 * @param count how many are on record
	 * @param numbered how many of them name a number
	 * @param listed the ones a page lists: all of them in list order (by actor, then
	 * date) when there are few enough, otherwise the newest, newest first
	 */
	public record Group(long count, long numbered, List<Commitment> listed) {

		static final Group NONE = new Group(0, 0, List.of());

		/**
		 * The group of {@code commitments} (in list order), listing at most {@code limit}
		 * of them.
		 */
		static Group of(List<Commitment> commitments, int limit) {
			long numbered = commitments.stream().filter((commitment) -> commitment.getAmount() != null).count();
			return new Group(commitments.size(), numbered, listed(commitments, limit));
		}

		/**
		 * All of {@code commitments} when there are at most {@code limit}, otherwise the
		 * newest {@code limit}, newest first (the same day in list order).
		 */
		static List<Commitment> listed(List<Commitment> commitments, int limit) {
			if (commitments.size() <= limit) {
				return commitments;
			}
			return commitments.stream()
				.sorted(Comparator.comparing(Commitment::getMadeOn).reversed())
				.limit(limit)
				.toList();
		}

		/** Whether none is on record. */
		public boolean isEmpty() {
			return this.count == 0;
		}

		/** How many are on record but not listed. */
		public long getMore() {
			return this.count - this.listed.size();
		}

	}

	/** Adds up figures as {@link #total} needs them. */
	private static final class PledgeSum {

		private @Nullable BigDecimal min;

		private BigDecimal max = BigDecimal.ZERO;

		private boolean open;

		void add(Figure amount) {
			if (amount.getMin() != null) {
				this.min = (this.min != null) ? this.min.add(amount.getMin()) : amount.getMin();
			}
			if (amount.getMax() != null) {
				this.max = this.max.add(amount.getMax());
			}
			else {
				this.open = true;
				this.max = this.max.add((amount.getMin() != null) ? amount.getMin() : BigDecimal.ZERO);
			}
		}

	}

}
