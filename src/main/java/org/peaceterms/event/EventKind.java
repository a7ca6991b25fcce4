package org.peaceterms.event;

/** What happened at an {@link Event}. */
public enum EventKind {

	SUMMIT, TALKS, MEETING, PHONE_CALL, PRESS_CONFERENCE, STRIKE, SIGNING, VISIT, PUBLICATION, OTHER

}
