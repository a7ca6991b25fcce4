package org.peaceterms.statement;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.peaceterms.topic.Stance;

/**
 * Reads positions as histories: for each position, the stance the same actor held on the
 * same topic just before it (the position with the latest earlier date, or on the same
 * date the one entered before it). A position whose previous stance differs is a stance
 * change; one without a previous position is the first record.
 */
final class StanceHistory {

	private StanceHistory() {
	}

	/**
	 * The previous stance of every position in {@code history}, keyed by position id;
	 * positions without a previous one are absent.
	 * @param history positions in date order, then id order ({@code validFrom, id})
	 */
	static Map<Long, Stance> previousStances(List<Position> history) {
		Map<String, Position> latest = new HashMap<>();
		Map<Long, Stance> previous = new HashMap<>();
		for (Position position : history) {
			String key = position.getActor().getId() + "/" + position.getTopic().getId();
			Position before = latest.put(key, position);
			if (before != null) {
				previous.put(position.getId(), before.getStance());
			}
		}
		return previous;
	}

	/** Whether {@code position} moved away from {@code previous}. */
	static boolean isChange(Position position, @Nullable Stance previous) {
		return previous != null && previous != position.getStance();
	}

}
