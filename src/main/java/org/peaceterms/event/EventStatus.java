package org.peaceterms.event;

/**
 * Whether an event happened: a scheduled event is never shown as having happened, and an
 * unconfirmed one is marked as such.
 */
public enum EventStatus {

	SCHEDULED, HELD, CANCELLED, UNCONFIRMED;

	/** Whether the event is known to have taken place. */
	public boolean isHeld() {
		return this == HELD;
	}

}
