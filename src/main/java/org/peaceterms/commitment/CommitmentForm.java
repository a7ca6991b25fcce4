package org.peaceterms.commitment;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.peaceterms.admin.AdminForm;
import org.peaceterms.admin.Ordered;
import org.peaceterms.topic.Condition;

/**
 * The commitment form: a pledge, ask or estimate with its amount as a range.
 *
 * @param actorId who
 * @param topicId on which topic
 * @param kind troops, money, capability or political
 * @param basis pledge, ask or estimate
 * @param status how firm
 * @param description what is committed
 * @param amountMin the amount's lower end
 * @param amountMax the amount's upper end
 * @param amountUnit the unit
 * @param amountPeriod over what period
 * @param amountText the source's own wording
 * @param conditions the conditions attached
 * @param conditionsNote the conditions in words
 * @param madeOn when
 * @param sourceIds the sources
 * @param version the stored version (edit only)
 */
@Ordered(first = "amountMin", last = "amountMax", message = "{admin.error.minMax}")
record CommitmentForm(@NotNull(message = "{admin.error.required}") @Nullable Long actorId,
		@NotNull(message = "{admin.error.required}") @Nullable Long topicId,
		@NotNull(message = "{admin.error.required}") @Nullable CommitmentKind kind,
		@NotNull(message = "{admin.error.required}") @Nullable CommitmentBasis basis,
		@NotNull(message = "{admin.error.required}") @Nullable CommitmentStatus status,
		@NotBlank(message = "{admin.error.required}") @Size(max = 2000) String description,
		@DecimalMin("0") @Digits(integer = 18, fraction = 2) @Nullable BigDecimal amountMin,
		@DecimalMin("0") @Digits(integer = 18, fraction = 2) @Nullable BigDecimal amountMax,
		@Size(max = 40) @Nullable String amountUnit, @Size(max = 100) @Nullable String amountPeriod,
		@Size(max = 200) @Nullable String amountText, Set<Condition> conditions,
		@Size(max = 2000) @Nullable String conditionsNote,
		@NotNull(message = "{admin.error.required}") @PastOrPresent(
				message = "{admin.error.future}") @Nullable LocalDate madeOn,
		@NotEmpty(message = "{admin.error.sources}") Set<Long> sourceIds, @Nullable Long version) implements AdminForm {

	CommitmentForm {
		description = (description != null) ? description : "";
		conditions = (conditions != null && !conditions.isEmpty()) ? EnumSet.copyOf(conditions)
				: EnumSet.noneOf(Condition.class);
		sourceIds = (sourceIds != null) ? new LinkedHashSet<>(sourceIds) : new LinkedHashSet<>();
	}

}
