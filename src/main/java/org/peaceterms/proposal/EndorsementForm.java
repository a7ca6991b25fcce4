package org.peaceterms.proposal;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.peaceterms.admin.AdminForm;
import org.peaceterms.shared.Confidence;
import org.peaceterms.shared.DatePrecision;
import org.peaceterms.shared.DateQualifier;
import org.peaceterms.shared.FuzzyDate;

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
		@NotNull(message = "{admin.error.required}") @Nullable DatePrecision datePrecision,
		@NotNull(message = "{admin.error.required}") @Nullable DateQualifier dateQualifier,
		@Size(max = 4000) @Nullable String excerpt,
		@NotNull(message = "{admin.error.required}") @Nullable Confidence confidence,
		@Nullable Long version) implements AdminForm {

	EndorsementForm {
		datePrecision = (datePrecision != null) ? datePrecision : DatePrecision.DAY;
		dateQualifier = (dateQualifier != null) ? dateQualifier : DateQualifier.EXACT;
		confidence = (confidence != null) ? confidence : Confidence.SINGLE_SOURCE;
		endorsedOn = (endorsedOn != null) ? FuzzyDate.storedDay(endorsedOn, datePrecision) : null;
	}

}
