package org.peaceterms.explore;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.peaceterms.actor.Actor;
import org.peaceterms.statement.Position;
import org.peaceterms.topic.Stance;
import org.peaceterms.topic.Topic;

/**
 * One actor's positions on one topic over time, latest first, each with the level it
 * moved from, so that a page can show "Not now → Willing" as a change.
 */
record StanceTrack(Actor actor, Topic topic, List<Step> steps) {

	/** The latest position of the track. */
	public Position latest() {
		return this.steps.get(0).position();
	}

	/**
	 * Groups positions given in time order into tracks, keeping the order in which each
	 * group first appears ({@code key} picks the actor or the topic).
	 */
	static List<StanceTrack> of(List<Position> inTimeOrder, Function<Position, Object> key) {
		Map<Object, List<Position>> groups = new LinkedHashMap<>();
		for (Position position : inTimeOrder) {
			groups.computeIfAbsent(key.apply(position), (k) -> new ArrayList<>()).add(position);
		}
		List<StanceTrack> tracks = new ArrayList<>();
		for (List<Position> group : groups.values()) {
			List<Step> steps = new ArrayList<>();
			Stance previous = null;
			for (Position position : group) {
				steps.add(0, new Step(position, previous));
				previous = position.getStance();
			}
			Position first = group.get(0);
			tracks.add(new StanceTrack(first.getActor(), first.getTopic(), steps));
		}
		return tracks;
	}

	/** A position and the level of the one before it, if any. */
	record Step(Position position, @Nullable Stance previous) {

		/** Whether this position moved the actor to another level of the ladder. */
		public boolean isChange() {
			return this.previous != null && this.previous != this.position.getStance();
		}

	}

}
