package org.peaceterms.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.peaceterms.actor.Actor;
import org.peaceterms.commitment.ForceTally;
import org.peaceterms.topic.Stance;

/**
 * The numbers an analyst wants first on the overview: how many proposals are tracked, how
 * many countries are willing to send troops, say "not now" or rule it out (with their
 * names), troops asked for against troops offered, and the date of the latest fact on
 * record. Every number is counted from the data as of the page's date.
 *
 * @param proposals the proposals on record
 * @param countries the countries with a troop-deployment stance on record
 * @param byLevel the countries at each level of the troop-deployment ladder, lowest level
 * first; every level is present, possibly with no country
 * @param tally the troop asks, pledges and estimates
 * @param lastUpdate the date of the latest statement, position, event or proposal on
 * record, {@code null} when there is none
 */
record Headline(int proposals, int countries, Map<Stance, List<Actor>> byLevel, ForceTally tally,
		@Nullable LocalDate lastUpdate) {

	/** The levels counted as willing to send troops. */
	static final Set<Stance> WILLING = Set.of(Stance.WILLING, Stance.QUANTIFIED, Stance.LEADING);

	static Map<Stance, List<Actor>> emptyLevels(List<Stance> ladder) {
		Map<Stance, List<Actor>> levels = new EnumMap<>(Stance.class);
		ladder.forEach((level) -> levels.put(level, new ArrayList<>()));
		return levels;
	}

	/**
	 * Countries willing to put troops in Ukraine (willing, with a number, or leading).
	 */
	public List<Actor> getWilling() {
		return countries(WILLING);
	}

	/** Countries that call it premature. */
	public List<Actor> getNotNow() {
		return countries(Set.of(Stance.NOT_NOW));
	}

	/** Countries that rule out sending troops. */
	public List<Actor> getRulingOut() {
		return countries(Set.of(Stance.RULES_OUT));
	}

	/**
	 * The levels with at least one country, lowest first: the parts of the stacked bar.
	 */
	public List<Map.Entry<Stance, List<Actor>>> getParts() {
		return this.byLevel.entrySet().stream().filter((entry) -> !entry.getValue().isEmpty()).toList();
	}

	private List<Actor> countries(Set<Stance> levels) {
		return this.byLevel.entrySet()
			.stream()
			.filter((entry) -> levels.contains(entry.getKey()))
			.flatMap((entry) -> entry.getValue().stream())
			.toList();
	}

}
