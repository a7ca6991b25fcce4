package org.peaceterms.source;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.hibernate.validator.constraints.URL;
import org.jspecify.annotations.Nullable;
import org.peaceterms.admin.AdminForm;
import org.peaceterms.admin.FormText;

/**
 * The source form. An empty slug is made from the date and title.
 *
 * @param slug the address part; empty to generate
 * @param outlet the outlet
 * @param title the title
 * @param url the web address
 * @param publishedOn the publication date
 * @param dateNote how the date was established
 * @param kind the kind of document
 * @param reliability the reliability tier
 * @param version the stored version (edit only)
 */
record SourceForm(@Size(max = 120) @Pattern(regexp = "[a-z0-9-]*", message = "{admin.error.slug}") String slug,
		@Size(max = 200) @Nullable String outlet,
		@NotBlank(message = "{admin.error.required}") @Size(max = 500) String title,
		@Size(max = 2000) @URL(regexp = FormText.WEB_ADDRESS, message = "{admin.error.url}") @Nullable String url,
		@NotNull(message = "{admin.error.required}") @PastOrPresent(
				message = "{admin.error.future}") @Nullable LocalDate publishedOn,
		@Size(max = 2000) @Nullable String dateNote,
		@NotNull(message = "{admin.error.required}") @Nullable SourceKind kind,
		@NotNull(message = "{admin.error.required}") @Nullable Reliability reliability,
		@Nullable Long version) implements AdminForm {

	SourceForm {
		slug = (slug != null) ? slug.strip() : "";
		title = (title != null) ? title : "";
	}

}
