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
import org.jspecify.annotations.Nullable;
import org.peaceterms.admin.AdminForm;
import org.peaceterms.admin.HttpUrl;
import org.peaceterms.admin.RequiredIf;
import org.peaceterms.source.SourceKind;
import org.peaceterms.topic.Condition;
import org.peaceterms.topic.Stance;

/**
 * The statement form: who said what, when, on whose behalf, citing an existing source or
 * a new one typed in place, and (on a new statement) the position it expresses, which
 * then rests on it as evidence. Lengths match the columns.
 *
 * @param speaker the person's name, as picked from the suggestions
 * @param onBehalfOfId the country or organisation; empty means the speaker's office on
 * that date
 * @param saidOn when it was said
 * @param text the words, or the paraphrase
 * @param verbatim whether {@code text} quotes the speaker
 * @param sourceId an existing source; empty to create one from the {@code source*} fields
 * @param sourceOutlet the new source's outlet
 * @param sourceTitle the new source's title
 * @param sourceUrl the new source's address
 * @param sourcePublishedOn the new source's date
 * @param sourceKind the new source's kind
 * @param topicIds the topics it touches
 * @param provisionId a provision it speaks to
 * @param reportedVia the outlet the source cites for the quote
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
record StatementForm(@NotBlank(message = "{admin.error.required}") @Size(max = 200) String speaker,
		@Nullable Long onBehalfOfId,
		@NotNull(message = "{admin.error.required}") @PastOrPresent(
				message = "{admin.error.future}") @Nullable LocalDate saidOn,
		@NotBlank(message = "{admin.error.required}") @Size(max = 4000) String text, boolean verbatim,
		@Nullable Long sourceId, @Size(max = 200) @Nullable String sourceOutlet,
		@Size(max = 500) @Nullable String sourceTitle, @Size(max = 2000) @HttpUrl @Nullable String sourceUrl,
		@PastOrPresent(message = "{admin.error.future}") @Nullable LocalDate sourcePublishedOn,
		@Nullable SourceKind sourceKind, @NotEmpty(message = "{admin.error.topics}") Set<Long> topicIds,
		@Nullable Long provisionId, @Size(max = 200) @Nullable String reportedVia,
		@Size(max = 2000) @Nullable String context, @Nullable Stance stance, @Nullable Long positionTopicId,
		Set<Condition> conditions, @Size(max = 1000) @Nullable String positionSummary,
		@Nullable Long version) implements AdminForm {

	StatementForm {
		speaker = (speaker != null) ? speaker : "";
		text = (text != null) ? text : "";
		topicIds = (topicIds != null) ? new LinkedHashSet<>(topicIds) : new LinkedHashSet<>();
		conditions = (conditions != null && !conditions.isEmpty()) ? EnumSet.copyOf(conditions)
				: EnumSet.noneOf(Condition.class);
	}

	/** A blank form: verbatim, a news source, today's date left for the editor. */
	static StatementForm empty() {
		return new StatementForm("", null, null, "", true, null, null, null, null, null, SourceKind.NEWS, Set.of(),
				null, null, null, null, null, Set.of(), null, null);
	}

	/**
	 * The next form after "save and add another": same speaker, on behalf of, date and
	 * source (now stored), nothing else.
	 */
	StatementForm next(long savedSourceId) {
		return new StatementForm(this.speaker, this.onBehalfOfId, this.saidOn, "", true, savedSourceId, null, null,
				null, null, SourceKind.NEWS, Set.of(), null, null, null, null, null, Set.of(), null, null);
	}

}
