package org.peaceterms.stance;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.peaceterms.source.Source;
import org.peaceterms.statement.Position;
import org.peaceterms.statement.Statement;
import org.peaceterms.topic.Condition;
import org.peaceterms.topic.Stance;

/**
 * A row of the stances page's downloads ({@code /stances.csv}, {@code /stances.json}):
 * one position of the timeline table, with the level before it, until when it held and
 * the statements it rests on.
 *
 * @param until the day the next position took effect, {@code null} while this one holds
 * @param evidence the ids of the statements it rests on (pages at
 * {@code /statements/{id}})
 */
public record StanceRow(String actor, String actorSlug, String topic, String topicSlug, Stance stance, int rank,
		@Nullable Stance previousStance, boolean changed, LocalDate validFrom, @Nullable LocalDate until,
		String summary, List<Condition> conditions, List<Long> evidence, @Nullable String sourceOutlet,
		String sourceTitle, LocalDate sourcePublishedOn, @Nullable String sourceUrl) {

	static StanceRow of(StanceTimeline.Entry entry) {
		StanceChange change = entry.change();
		Position position = change.position();
		Source source = position.getSource();
		return new StanceRow(change.actor().getName(), change.actor().getSlug(), change.topic().getName(),
				change.topic().getSlug(), change.stance(), change.stance().getRank(), change.previous(),
				change.isChange(), change.on(), entry.until(), position.getSummary(),
				position.getConditions().stream().sorted().toList(),
				entry.evidence().stream().map(Statement::getId).toList(), source.getOutlet(), source.getTitle(),
				source.getPublishedOn(), source.getUrl());
	}

}
