package org.peaceterms.topic;

/**
 * A structured condition attached to a position or a commitment: what must hold before
 * the actor acts. Kept as data, not prose, so that analysts can filter on it.
 */
public enum Condition {

	US_BACKSTOP, CEASEFIRE_FIRST, PEACE_AGREEMENT, PARLIAMENTARY_APPROVAL, CONSTITUTIONAL_LIMITS, CLEAR_MANDATE

}
