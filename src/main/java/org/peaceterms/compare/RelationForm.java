package org.peaceterms.compare;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.peaceterms.admin.AdminForm;

/**
 * The compare-relation form: how two proposals relate on one topic.
 *
 * @param leftId the left proposal
 * @param rightId the right proposal
 * @param topicId the topic
 * @param relation the verdict
 * @param reason why, in one line
 * @param version the stored version (edit only)
 */
record RelationForm(@NotNull(message = "{admin.error.required}") @Nullable Long leftId,
		@NotNull(message = "{admin.error.required}") @Nullable Long rightId,
		@NotNull(message = "{admin.error.required}") @Nullable Long topicId,
		@NotNull(message = "{admin.error.required}") @Nullable Relation relation,
		@NotBlank(message = "{admin.error.required}") @Size(max = 1000) String reason,
		@Nullable Long version) implements AdminForm {

	RelationForm {
		reason = (reason != null) ? reason : "";
	}

}
