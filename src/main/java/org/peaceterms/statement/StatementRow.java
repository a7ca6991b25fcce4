package org.peaceterms.statement;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.peaceterms.actor.Actor;
import org.peaceterms.event.Event;
import org.peaceterms.shared.Attribution;
import org.peaceterms.shared.Claims;
import org.peaceterms.shared.Confidence;
import org.peaceterms.shared.FuzzyDate;
import org.peaceterms.source.Source;
import org.peaceterms.topic.Topic;
import org.peaceterms.web.Links;

/**
 * A row of the statements page's downloads ({@code /statements.csv},
 * {@code /statements.json}): the columns in order, named as in {@code docs/open-data.md}.
 * The speaker is a named actor or, when {@code speakerSlug} is empty, an unnamed one as
 * the source describes it; {@code attribution} says whether {@code text} is the speaker's
 * own words (SAID), a paraphrase, a report (citing {@code accordingTo}) or an assessment,
 * and {@code rendered} gives it as one honest sentence.
 */
public record StatementRow(long id, LocalDate saidOn, String dateEdtf, @Nullable LocalDate dateEarliest,
		LocalDate dateLatest, String speaker, @Nullable String speakerSlug, @Nullable String onBehalfOf,
		@Nullable String onBehalfOfSlug, String text, Attribution attribution, @Nullable String accordingTo,
		String rendered, List<String> topics, @Nullable String event, @Nullable String context,
		@Nullable String excerpt, Confidence confidence, @Nullable String sourceOutlet, String sourceTitle,
		LocalDate sourcePublishedOn, @Nullable String sourceUrl, String link) {

	public static StatementRow of(Statement statement) {
		return of(statement,
				statement.getTopics()
					.stream()
					.sorted(Comparator.comparing(Topic::getSortOrder))
					.map(Topic::getSlug)
					.toList());
	}

	/**
	 * The row of a statement whose topics' slugs (in topic order) are known: for the
	 * streamed download, which reads them for a whole chunk at once.
	 */
	public static StatementRow of(Statement statement, List<String> topics) {
		Actor onBehalfOf = statement.getOnBehalfOf();
		Event event = statement.getEvent();
		Source source = statement.getSource();
		Actor speaker = statement.getSpeaker();
		FuzzyDate date = statement.getDate();
		return new StatementRow(statement.requireId(), statement.getSaidOn(), date.edtf(), date.earliest(),
				date.latest(), statement.getSpeakerName(), (speaker != null) ? speaker.getSlug() : null,
				(onBehalfOf != null) ? onBehalfOf.getName() : null, (onBehalfOf != null) ? onBehalfOf.getSlug() : null,
				statement.getText(), statement.getAttribution(), statement.getAccordingTo(),
				Claims.sentence(statement.getSpeakerName(), statement.getSpeaker() != null, statement.getAttribution(),
						statement.getAccordingTo(), statement.getText(), source.getLabel()),
				topics, (event != null) ? event.getName() : null, statement.getContext(),
				statement.getSourcing().getExcerpt(), statement.getSourcing().getConfidence(), source.getOutlet(),
				source.getTitle(), source.getPublishedOn(), source.getUrl(),
				Links.page("statements", statement.requireId()));
	}

}
