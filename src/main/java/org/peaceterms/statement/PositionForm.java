package org.peaceterms.statement;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.peaceterms.admin.AdminForm;
import org.peaceterms.topic.Condition;
import org.peaceterms.topic.Stance;

/**
 * The position form: an actor's stance on a topic from a date, resting on statements
 * (given by number, since there can be very many).
 *
 * @param actorId whose stance
 * @param topicId on which topic
 * @param stance the level on the topic's ladder
 * @param validFrom from when
 * @param sourceId the source
 * @param summary one line for tables
 * @param note why this level
 * @param conditions the conditions it carries
 * @param evidenceIds the statements it rests on, as numbers separated by commas
 * @param version the stored version (edit only)
 */
record PositionForm(@NotNull(message = "{admin.error.required}") @Nullable Long actorId,
		@NotNull(message = "{admin.error.required}") @Nullable Long topicId,
		@NotNull(message = "{admin.error.required}") @Nullable Stance stance,
		@NotNull(message = "{admin.error.required}") @PastOrPresent(
				message = "{admin.error.future}") @Nullable LocalDate validFrom,
		@NotNull(message = "{admin.error.required}") @Nullable Long sourceId,
		@NotBlank(message = "{admin.error.required}") @Size(max = 1000) String summary,
		@Size(max = 2000) @Nullable String note, Set<Condition> conditions,
		@NotBlank(message = "{admin.error.evidence}") @Size(max = 500) @Pattern(regexp = "[0-9,\\s]*",
				message = "{admin.error.numbers}") String evidenceIds,
		@Nullable Long version) implements AdminForm {

	PositionForm {
		summary = (summary != null) ? summary : "";
		evidenceIds = (evidenceIds != null) ? evidenceIds : "";
		conditions = (conditions != null && !conditions.isEmpty()) ? EnumSet.copyOf(conditions)
				: EnumSet.noneOf(Condition.class);
	}

}
