package org.peaceterms.topic;

import java.util.Arrays;
import java.util.List;

/**
 * The ordered scale a topic's stances are measured on: the troop-deployment ladder for
 * the multinational force, the general ladder for every other topic.
 */
public enum Ladder {

	TROOPS, GENERAL;

	/** The levels of this ladder, lowest first. */
	public List<Stance> levels() {
		return Arrays.stream(Stance.values()).filter((stance) -> stance.getLadder() == this).toList();
	}

}
