package org.peaceterms.stance;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.peaceterms.actor.Actor;
import org.peaceterms.source.Source;
import org.peaceterms.statement.Position;
import org.peaceterms.topic.Stance;
import org.peaceterms.topic.Topic;

/**
 * One position read against the actor's previous position on the same topic: a change
 * when the level differs ("Germany: Not now → Open"), a restatement when it does not, the
 * first record when there is no previous one.
 *
 * @param previous the level before, or {@code null} for the first recorded position
 */
public record StanceChange(Position position, @Nullable Stance previous) {

	public Actor actor() {
		return this.position.getActor();
	}

	public Topic topic() {
		return this.position.getTopic();
	}

	public Stance stance() {
		return this.position.getStance();
	}

	public LocalDate on() {
		return this.position.getValidFrom();
	}

	public Source source() {
		return this.position.getSource();
	}

	/** Whether the level moved (not a first record, not a restatement). */
	public boolean isChange() {
		return this.previous != null && this.previous != this.position.getStance();
	}

	/** Whether this is the actor's first recorded position on the topic. */
	public boolean isFirst() {
		return this.previous == null;
	}

}
