package org.peaceterms.proposal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.peaceterms.admin.AdminForm;

/**
 * The proposal form, with its lineage (what it supersedes, what it derives from). Its
 * provisions and endorsements have their own forms.
 *
 * @param slug the address part; empty to generate
 * @param title the title
 * @param shortTitle the label for table headers
 * @param kind plan, joint statement, draft or declaration
 * @param status how far it has come
 * @param presentedOn when it was presented or first reported
 * @param presentedAtId the event it was presented at
 * @param supersedesId the proposal it replaces
 * @param derivedFromId the proposal it builds on
 * @param summary what it says
 * @param textPublic whether the full text is public
 * @param proposerIds who proposed it
 * @param sourceIds the sources reporting it
 * @param version the stored version (edit only)
 */
record ProposalForm(@Size(max = 120) @Pattern(regexp = "[a-z0-9-]*", message = "{admin.error.slug}") String slug,
		@NotBlank(message = "{admin.error.required}") @Size(max = 300) String title,
		@NotBlank(message = "{admin.error.required}") @Size(max = 80) String shortTitle,
		@NotNull(message = "{admin.error.required}") @Nullable ProposalKind kind,
		@NotNull(message = "{admin.error.required}") @Nullable ProposalStatus status,
		@NotNull(message = "{admin.error.required}") @PastOrPresent(
				message = "{admin.error.future}") @Nullable LocalDate presentedOn,
		@Nullable Long presentedAtId, @Nullable Long supersedesId, @Nullable Long derivedFromId,
		@Size(max = 4000) @Nullable String summary, boolean textPublic, Set<Long> proposerIds,
		@NotEmpty(message = "{admin.error.sources}") Set<Long> sourceIds, @Nullable Long version) implements AdminForm {

	ProposalForm {
		slug = (slug != null) ? slug.strip() : "";
		title = (title != null) ? title : "";
		shortTitle = (shortTitle != null) ? shortTitle : "";
		proposerIds = (proposerIds != null) ? new LinkedHashSet<>(proposerIds) : new LinkedHashSet<>();
		sourceIds = (sourceIds != null) ? new LinkedHashSet<>(sourceIds) : new LinkedHashSet<>();
	}

}
