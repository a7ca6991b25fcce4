package org.peaceterms.proposal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.peaceterms.admin.AdminForm;
import org.peaceterms.admin.Ordered;

/**
 * The provision form: one numbered term of a proposal, with an optional figure as a
 * range.
 *
 * @param proposalId the proposal
 * @param number its number in the proposal
 * @param topicId the topic it is filed under
 * @param text the term, quoted or paraphrased
 * @param verbatim whether {@code text} quotes the proposal
 * @param figureMin the figure's lower end
 * @param figureMax the figure's upper end
 * @param figureUnit the unit
 * @param figureText the source's own wording of the figure
 * @param sourceIds the sources
 * @param version the stored version (edit only)
 */
@Ordered(first = "figureMin", last = "figureMax", message = "{admin.error.minMax}")
record ProvisionForm(@NotNull(message = "{admin.error.required}") @Nullable Long proposalId,
		@NotNull(message = "{admin.error.required}") @Min(1) @Max(1000) @Nullable Integer number,
		@NotNull(message = "{admin.error.required}") @Nullable Long topicId,
		@NotBlank(message = "{admin.error.required}") @Size(max = 4000) String text, boolean verbatim,
		@DecimalMin("0") @Digits(integer = 18, fraction = 2) @Nullable BigDecimal figureMin,
		@DecimalMin("0") @Digits(integer = 18, fraction = 2) @Nullable BigDecimal figureMax,
		@Size(max = 40) @Nullable String figureUnit, @Size(max = 200) @Nullable String figureText,
		@NotEmpty(message = "{admin.error.sources}") Set<Long> sourceIds, @Nullable Long version) implements AdminForm {

	ProvisionForm {
		text = (text != null) ? text : "";
		sourceIds = (sourceIds != null) ? new LinkedHashSet<>(sourceIds) : new LinkedHashSet<>();
	}

}
