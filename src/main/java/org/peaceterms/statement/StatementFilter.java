package org.peaceterms.statement;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.peaceterms.actor.Actor;
import org.peaceterms.shared.Confidence;
import org.peaceterms.shared.Text;
import org.peaceterms.topic.Topic;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The parameters of a statement search, bound by Spring MVC the same way on the
 * statements page, its downloads, the API and the search feeds: a slug that names no
 * record, a malformed date, an unknown confidence or an overlong search is a 400.
 *
 * @param q words to find (control characters read as spaces; at most
 * {@value Text#MAX_SEARCH} characters)
 * @param speaker who said it, by slug
 * @param country the country or organisation it was said for, by slug
 * @param topic a topic it carries, by slug
 * @param from said on or after (YYYY-MM-DD)
 * @param to said on or before (YYYY-MM-DD)
 * @param confidence how sure the record is
 */
public record StatementFilter(
		@Parameter(description = "Words to find") @Size(max = Text.MAX_SEARCH,
				message = "is longer than {max} characters") @Nullable String q,
		@Parameter(description = "An actor's slug", schema = @Schema(type = "string")) @Nullable Actor speaker,
		@Parameter(description = "An actor's slug", schema = @Schema(type = "string")) @Nullable Actor country,
		@Parameter(description = "A topic's slug", schema = @Schema(type = "string")) @Nullable Topic topic,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to, @Nullable Confidence confidence) {

	public StatementFilter {
		q = Text.searchText(q);
	}

	/** The search for everything said by {@code asOf} that this filter lets through. */
	public StatementCriteria criteria(LocalDate asOf) {
		return new StatementCriteria(this.q, this.speaker, this.country, this.topic, this.from, this.to, asOf,
				this.confidence);
	}

}
