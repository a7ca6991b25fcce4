package org.peaceterms.topic;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.peaceterms.admin.AdminForm;

/**
 * The topic form. An empty slug is made from the name.
 *
 * @param slug the address part; empty to generate
 * @param name the name
 * @param description what the topic covers
 * @param question the question a stance answers
 * @param ladder the stance ladder
 * @param sortOrder the place in lists
 * @param version the stored version (edit only)
 */
record TopicForm(@Size(max = 120) @Pattern(regexp = "[a-z0-9-]*", message = "{admin.error.slug}") String slug,
		@NotBlank(message = "{admin.error.required}") @Size(max = 200) String name,
		@Size(max = 2000) @Nullable String description, @Size(max = 500) @Nullable String question,
		@NotNull(message = "{admin.error.required}") @Nullable Ladder ladder,
		@NotNull(message = "{admin.error.required}") @Min(0) @Max(10000) @Nullable Integer sortOrder,
		@Nullable Long version) implements AdminForm {

	TopicForm {
		slug = (slug != null) ? slug.strip() : "";
		name = (name != null) ? name : "";
	}

}
