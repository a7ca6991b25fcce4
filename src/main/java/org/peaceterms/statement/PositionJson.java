package org.peaceterms.statement;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.peaceterms.actor.ActorRef;
import org.peaceterms.source.Citation;
import org.peaceterms.topic.Condition;
import org.peaceterms.topic.Ladder;
import org.peaceterms.topic.Stance;
import org.peaceterms.topic.TopicRef;
import org.peaceterms.web.Links;

/**
 * A {@link Position} as the JSON API gives it: an actor's stance on a topic from a date
 * on, its rank on the topic's ladder (0 is the lowest level), the stance it held just
 * before (so that a client sees a change without a second request), its conditions, the
 * statements it rests on, and its source.
 *
 * @param previousStance the stance of the same actor on the same topic just before, or
 * {@code null} for the first record
 * @param changed whether {@code stance} differs from {@code previousStance}
 */
public record PositionJson(long id, ActorRef actor, TopicRef topic, Ladder ladder, Stance stance, int rank,
		@Nullable Stance previousStance, boolean changed, LocalDate validFrom, String summary, @Nullable String note,
		List<Condition> conditions, List<StatementRef> evidence, Citation citation, Map<String, String> links) {

	public static PositionJson of(Position position, @Nullable Stance previous) {
		return new PositionJson(position.requireId(), ActorRef.of(position.getActor()),
				TopicRef.of(position.getTopic()), position.getStance().getLadder(), position.getStance(),
				position.getStance().getRank(), previous, StanceHistory.isChange(position, previous),
				position.getValidFrom(), position.getSummary(), position.getNote(),
				position.getConditions().stream().sorted().toList(),
				position.getEvidence()
					.stream()
					.sorted(Comparator.comparing(Statement::getSaidOn).thenComparing(Statement::getId))
					.map(StatementRef::of)
					.toList(),
				Citation.of(position.getSource()),
				Links.of("self", Links.api("positions", position.requireId()), "html",
						Links.page("stances") + "?topic=" + position.getTopic().getSlug(), "actor",
						Links.api("actors", position.getActor().getSlug())));
	}

}
