package org.peaceterms.topic;

/**
 * A level on a {@link Ladder}. Levels are ordered within their ladder by
 * {@link #getRank()}; labels, colours and definitions come from
 * {@code messages.properties} ({@code stance.RULES_OUT}).
 */
public enum Stance {

	RULES_OUT(Ladder.TROOPS, 0), NOT_NOW(Ladder.TROOPS, 1), OPEN(Ladder.TROOPS, 2), NON_GROUND(Ladder.TROOPS, 3),
	WILLING(Ladder.TROOPS, 4), QUANTIFIED(Ladder.TROOPS, 5), LEADING(Ladder.TROOPS, 6),

	OPPOSES(Ladder.GENERAL, 0), SCEPTICAL(Ladder.GENERAL, 1), UNDECIDED(Ladder.GENERAL, 2),
	CONDITIONAL(Ladder.GENERAL, 3), SUPPORTS(Ladder.GENERAL, 4);

	private final Ladder ladder;

	private final int rank;

	Stance(Ladder ladder, int rank) {
		this.ladder = ladder;
		this.rank = rank;
	}

	public Ladder getLadder() {
		return this.ladder;
	}

	/** Position on the ladder, 0 for the lowest level. */
	public int getRank() {
		return this.rank;
	}

}
