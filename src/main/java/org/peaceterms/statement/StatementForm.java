package org.peaceterms.statement;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import org.hibernate.validator.constraints.URL;
import org.jspecify.annotations.Nullable;
import org.peaceterms.admin.AdminForm;
import org.peaceterms.admin.FormText;
import org.peaceterms.admin.RequiredIf;
import org.peaceterms.shared.Attribution;
import org.peaceterms.shared.Confidence;
import org.peaceterms.shared.DatePrecision;
import org.peaceterms.shared.DateQualifier;
import org.peaceterms.shared.FuzzyDate;
import org.peaceterms.source.SourceKind;
import org.peaceterms.topic.Condition;
import org.peaceterms.topic.Stance;

/**
 * The statement form: who said what (a named actor of any kind, or an unnamed speaker
 * such as "U.S. officials"), how the source attributes it, when and how precisely, on
 * whose behalf, citing an existing source or a new one typed in place, the passage that
 * supports it, and (on a new statement) the position it expresses, which then rests on it
 * as evidence. Lengths match the columns. Rules across fields (a quote needs a named
 * speaker, a report needs its excerpt) are checked by the controller.
 *
 * @param speaker the actor's name (person, country or organisation), as picked from the
 * suggestions; empty for an unnamed speaker
 * @param speakerLabel an unnamed speaker as the source describes it ("U.S. officials")
 * @param onBehalfOfId the country or organisation; empty means the speaker's office on
 * that date
 * @param saidOn when it was said (for a month or a year, any day in it)
 * @param datePrecision how precisely the source dates it
 * @param dateQualifier exact, approximate, or no later than the source's date
 * @param text the words, the paraphrase, the report or the assessment
 * @param attribution how the source attributes it
 * @param accordingTo whom the source cites for it
 * @param excerpt the passage of the source that supports it
 * @param confidence how well it is established
 * @param sourceId an existing source; empty to create one from the {@code source*} fields
 * @param sourceOutlet the new source's outlet
 * @param sourceTitle the new source's title
 * @param sourceUrl the new source's address
 * @param sourcePublishedOn the new source's date
 * @param sourceKind the new source's kind
 * @param topicIds the topics it touches
 * @param provisionId a provision it speaks to
 * @param context what the statement answered or where it was made
 * @param stance the stance it expresses, or empty for none
 * @param positionTopicId the topic of that stance
 * @param conditions the conditions the stance carries
 * @param positionSummary one line for tables; empty uses the statement's text
 * @param version the stored version (edit only)
 */
@RequiredIf(field = "sourceTitle", absent = "sourceId", message = "{admin.error.sourceNeeded}")
@RequiredIf(field = "sourcePublishedOn", absent = "sourceId", message = "{admin.error.sourceDateNeeded}")
@RequiredIf(field = "positionTopicId", present = "stance", message = "{admin.error.positionTopic}")
record StatementForm(@Size(max = 200) String speaker, @Size(max = 200) @Nullable String speakerLabel,
		@Nullable Long onBehalfOfId,
		@NotNull(message = "{admin.error.required}") @PastOrPresent(
				message = "{admin.error.future}") @Nullable LocalDate saidOn,
		@NotNull(message = "{admin.error.required}") @Nullable DatePrecision datePrecision,
		@NotNull(message = "{admin.error.required}") @Nullable DateQualifier dateQualifier,
		@NotBlank(message = "{admin.error.required}") @Size(max = 4000) String text,
		@NotNull(message = "{admin.error.required}") @Nullable Attribution attribution,
		@Size(max = 200) @Nullable String accordingTo, @Size(max = 4000) @Nullable String excerpt,
		@NotNull(message = "{admin.error.required}") @Nullable Confidence confidence, @Nullable Long sourceId,
		@Size(max = 200) @Nullable String sourceOutlet, @Size(max = 500) @Nullable String sourceTitle,
		@Size(max = 2000) @URL(regexp = FormText.WEB_ADDRESS, message = "{admin.error.url}") @Nullable String sourceUrl,
		@PastOrPresent(message = "{admin.error.future}") @Nullable LocalDate sourcePublishedOn,
		@Nullable SourceKind sourceKind, @NotEmpty(message = "{admin.error.topics}") Set<Long> topicIds,
		@Nullable Long provisionId, @Size(max = 2000) @Nullable String context, @Nullable Stance stance,
		@Nullable Long positionTopicId, Set<Condition> conditions, @Size(max = 1000) @Nullable String positionSummary,
		@Nullable Long version) implements AdminForm {

	StatementForm {
		speaker = (speaker != null) ? speaker : "";
		datePrecision = (datePrecision != null) ? datePrecision : DatePrecision.DAY;
		dateQualifier = (dateQualifier != null) ? dateQualifier : DateQualifier.EXACT;
		confidence = (confidence != null) ? confidence : Confidence.SINGLE_SOURCE;
		saidOn = (saidOn != null) ? FuzzyDate.storedDay(saidOn, datePrecision) : null;
		text = (text != null) ? text : "";
		topicIds = (topicIds != null) ? new LinkedHashSet<>(topicIds) : new LinkedHashSet<>();
		conditions = (conditions != null && !conditions.isEmpty()) ? EnumSet.copyOf(conditions)
				: EnumSet.noneOf(Condition.class);
	}

	/**
	 * A blank form: a direct quote dated to the day, a single news source, today's date
	 * left for the editor.
	 */
	static StatementForm empty() {
		return new StatementForm("", null, null, null, DatePrecision.DAY, DateQualifier.EXACT, "", Attribution.SAID,
				null, null, Confidence.SINGLE_SOURCE, null, null, null, null, null, SourceKind.NEWS, Set.of(), null,
				null, null, null, Set.of(), null, null);
	}

	/**
	 * The next form after "save and add another": same speaker, on behalf of, date and
	 * source (now stored), nothing else.
	 */
	StatementForm next(long savedSourceId) {
		return new StatementForm(this.speaker, this.speakerLabel, this.onBehalfOfId, this.saidOn, this.datePrecision,
				this.dateQualifier, "", Attribution.SAID, null, null, Confidence.SINGLE_SOURCE, savedSourceId, null,
				null, null, null, SourceKind.NEWS, Set.of(), null, null, null, null, Set.of(), null, null);
	}

}
