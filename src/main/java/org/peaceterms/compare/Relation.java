package org.peaceterms.compare;

/** How two proposals relate on one topic. */
public enum Relation {

	ALIGNED, PARTLY_ALIGNED, DIVERGENT, ONLY_LEFT, ONLY_RIGHT

}
