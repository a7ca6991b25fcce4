package org.peaceterms.statement;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.peaceterms.actor.Actor;
import org.peaceterms.event.Event;
import org.peaceterms.source.Source;
import org.peaceterms.topic.Topic;
import org.peaceterms.web.Links;

/**
 * A row of the statements page's downloads ({@code /statements.csv},
 * {@code /statements.json}): the columns in order, named as in {@code docs/open-data.md}.
 */
public record StatementRow(long id, LocalDate saidOn, String speaker, String speakerSlug, @Nullable String onBehalfOf,
		@Nullable String onBehalfOfSlug, String text, boolean verbatim, List<String> topics, @Nullable String event,
		@Nullable String context, @Nullable String reportedVia, @Nullable String sourceOutlet, String sourceTitle,
		LocalDate sourcePublishedOn, @Nullable String sourceUrl, String link) {

	public static StatementRow of(Statement statement) {
		return of(statement,
				statement.getTopics()
					.stream()
					.sorted(Comparator.comparing(Topic::getSortOrder))
					.map(Topic::getSlug)
					.toList());
	}

	/** The row of a statement whose topics' slugs (in topic order) are known. */
	public static StatementRow of(Statement statement, List<String> topics) {
		Actor onBehalfOf = statement.getOnBehalfOf();
		Event event = statement.getEvent();
		Source source = statement.getSource();
		return new StatementRow(statement.requireId(), statement.getSaidOn(), statement.getSpeaker().getName(),
				statement.getSpeaker().getSlug(), (onBehalfOf != null) ? onBehalfOf.getName() : null,
				(onBehalfOf != null) ? onBehalfOf.getSlug() : null, statement.getText(), statement.isVerbatim(), topics,
				(event != null) ? event.getName() : null, statement.getContext(), statement.getReportedVia(),
				source.getOutlet(), source.getTitle(), source.getPublishedOn(), source.getUrl(),
				Links.page("statements", statement.requireId()));
	}

}
