package org.peaceterms.actor;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.peaceterms.admin.AdminForm;

/**
 * The actor form. An empty slug is made from the name.
 *
 * @param slug the address part; empty to generate
 * @param name the name
 * @param kind country, person, organisation or coalition
 * @param isoCode the ISO 3166-1 alpha-2 code (countries only)
 * @param description who the actor is
 * @param version the stored version (edit only)
 */
record ActorForm(@Size(max = 120) @Pattern(regexp = "[a-z0-9-]*", message = "{admin.error.slug}") String slug,
		@NotBlank(message = "{admin.error.required}") @Size(max = 200) String name,
		@NotNull(message = "{admin.error.required}") @Nullable ActorKind kind,
		@Pattern(regexp = "([A-Za-z]{2})?", message = "{admin.error.iso}") @Nullable String isoCode,
		@Size(max = 2000) @Nullable String description, @Nullable Long version) implements AdminForm {

	ActorForm {
		slug = (slug != null) ? slug.strip() : "";
		name = (name != null) ? name : "";
	}

}
