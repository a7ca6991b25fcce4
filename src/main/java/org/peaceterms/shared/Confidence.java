package org.peaceterms.shared;

/**
 * How well a fact is established, apart from how reliable its source is: confirmed by
 * several sources, resting on a single source, an unconfirmed report, or disputed.
 */
public enum Confidence {

	CONFIRMED, SINGLE_SOURCE, UNCONFIRMED, DISPUTED

}
