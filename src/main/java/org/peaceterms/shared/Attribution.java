package org.peaceterms.shared;

/**
 * How a source attributes what a record says: the speaker's own words, the speaker's
 * words in the source's paraphrase, a report the source passes on from someone else
 * ("according to sources cited by AFP"), or the outlet's or an editor's own reading. Only
 * {@link #SAID} is ever shown in quotation marks as someone's words.
 */
public enum Attribution {

	/** A direct quote of a named speaker. */
	SAID,

	/** The speaker's words in the source's paraphrase. */
	PARAPHRASED,

	/** The source reports it citing someone else, named in "according to". */
	REPORTED,

	/** The outlet's or an editor's own reading, not a statement of the actor. */
	ASSESSED;

	/** Whether the words may be shown as the speaker's own, in quotation marks. */
	public boolean isQuote() {
		return this == SAID;
	}

	/** Whether the record rests on the actor's own words (quoted or paraphrased). */
	public boolean isActorsOwn() {
		return this == SAID || this == PARAPHRASED;
	}

}
