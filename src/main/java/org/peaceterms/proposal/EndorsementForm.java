package org.peaceterms.proposal;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.peaceterms.admin.AdminForm;

/**
 * The endorsement form: an actor backing a proposal, on a date, citing a source.
 *
 * @param proposalId the proposal
 * @param actorId who backed it
 * @param kind signed, endorsed or welcomed
 * @param endorsedOn when
 * @param sourceId the source
 * @param note a remark
 * @param version the stored version (edit only)
 */
record EndorsementForm(@NotNull(message = "{admin.error.required}") @Nullable Long proposalId,
		@NotNull(message = "{admin.error.required}") @Nullable Long actorId,
		@NotNull(message = "{admin.error.required}") @Nullable EndorsementKind kind,
		@PastOrPresent(message = "{admin.error.future}") @Nullable LocalDate endorsedOn,
		@NotNull(message = "{admin.error.required}") @Nullable Long sourceId, @Size(max = 1000) @Nullable String note,
		@Nullable Long version) implements AdminForm {

}
