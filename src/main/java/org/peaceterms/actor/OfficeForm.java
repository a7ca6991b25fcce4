package org.peaceterms.actor;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.peaceterms.admin.AdminForm;
import org.peaceterms.admin.Ordered;

/**
 * The office form: a person's office for a country or organisation over a period.
 *
 * @param personId the person
 * @param title the office ("Chancellor of Germany")
 * @param organisationId the country or organisation
 * @param validFrom when the office began (open if unknown)
 * @param validTo when it ended (open if unknown or ongoing)
 * @param sourceId the source attesting it
 * @param version the stored version (edit only)
 */
@Ordered(first = "validFrom", last = "validTo", message = "{admin.error.endBeforeStart}")
record OfficeForm(@NotNull(message = "{admin.error.required}") @Nullable Long personId,
		@NotBlank(message = "{admin.error.required}") @Size(max = 200) String title, @Nullable Long organisationId,
		@PastOrPresent(message = "{admin.error.future}") @Nullable LocalDate validFrom, @Nullable LocalDate validTo,
		@Nullable Long sourceId, @Nullable Long version) implements AdminForm {

	OfficeForm {
		title = (title != null) ? title : "";
	}

}
