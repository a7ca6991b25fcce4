package org.peaceterms.shared;

import org.jspecify.annotations.Nullable;

/**
 * The one plain-text rendering of an attributed claim, for downloads, the API and feeds,
 * where no page can mark it up: only a direct quote gets quotation marks and the
 * speaker's name before it; a paraphrase is marked as one; a report says whom the source
 * cites ("According to sources cited by AFP: ..."), never as the actor's words; an
 * assessment is labelled as the outlet's or editors' reading. The pages render the same
 * rules with labels from {@code messages.properties} ({@code fragments/browse :: claim}).
 * The data is English, as the sources are.
 */
public final class Claims {

	private Claims() {
	}

	/**
	 * The claim as one sentence.
	 * @param speaker who the claim is about or by (a name, or an unnamed speaker's label)
	 * @param attribution how the source attributes it
	 * @param accordingTo whom the source cites, if anyone
	 * @param text the text as stored
	 * @param assessor whose assessment it is (the source's outlet or title)
	 * @param named whether the speaker is a named actor (an assessment then says it is
	 * not that actor's statement)
	 */
	public static String sentence(String speaker, boolean named, Attribution attribution, @Nullable String accordingTo,
			String text, String assessor) {
		return switch (attribution) {
			case SAID -> speaker + ": “" + text + "”";
			case PARAPHRASED -> speaker + " (paraphrase): " + text;
			case REPORTED ->
				((accordingTo != null) ? "According to " + accordingTo : "According to reports") + ": " + text;
			case ASSESSED ->
				"Assessment by " + assessor + (named ? " (not a statement by " + speaker + ")" : "") + ": " + text;
		};
	}

	/** A short label for the attribution, as in the CSV's and feed's wording. */
	public static String label(Attribution attribution) {
		return switch (attribution) {
			case SAID -> "direct quote";
			case PARAPHRASED -> "paraphrase";
			case REPORTED -> "report";
			case ASSESSED -> "assessment";
		};
	}

}
