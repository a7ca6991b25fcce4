package org.peaceterms.source;

/**
 * Reliability tier of a {@link Source}, from the primary text itself down to claims
 * nobody has confirmed. Analysts use it to weigh conflicting figures.
 */
public enum Reliability {

	/** The official text or the speaker's own channel. */
	PRIMARY,
	/** A named outlet with editorial standards. */
	ESTABLISHED,
	/** An unnamed outlet, an aggregator or a report at second hand. */
	SECONDARY,
	/** Not confirmed by anyone else. */
	UNVERIFIED

}
