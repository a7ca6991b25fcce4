package org.peaceterms.event;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.peaceterms.admin.AdminForm;
import org.peaceterms.admin.Ordered;

/**
 * The event form. Events may lie in the future (a scheduled summit); an empty slug is
 * made from the date and name.
 *
 * @param slug the address part; empty to generate
 * @param name the name
 * @param kind what happened
 * @param startsOn the first day
 * @param endsOn the last day, for events over several days
 * @param dateNote how the date was established
 * @param place where
 * @param description what happened
 * @param participantIds who took part
 * @param sourceIds the sources reporting it
 * @param version the stored version (edit only)
 */
@Ordered(first = "startsOn", last = "endsOn", message = "{admin.error.endBeforeStart}")
record EventForm(@Size(max = 120) @Pattern(regexp = "[a-z0-9-]*", message = "{admin.error.slug}") String slug,
		@NotBlank(message = "{admin.error.required}") @Size(max = 300) String name,
		@NotNull(message = "{admin.error.required}") @Nullable EventKind kind,
		@NotNull(message = "{admin.error.required}") @Nullable LocalDate startsOn, @Nullable LocalDate endsOn,
		@Size(max = 1000) @Nullable String dateNote, @Size(max = 200) @Nullable String place,
		@Size(max = 4000) @Nullable String description, Set<Long> participantIds,
		@NotEmpty(message = "{admin.error.sources}") Set<Long> sourceIds, @Nullable Long version) implements AdminForm {

	EventForm {
		slug = (slug != null) ? slug.strip() : "";
		name = (name != null) ? name : "";
		participantIds = (participantIds != null) ? new LinkedHashSet<>(participantIds) : new LinkedHashSet<>();
		sourceIds = (sourceIds != null) ? new LinkedHashSet<>(sourceIds) : new LinkedHashSet<>();
	}

}
