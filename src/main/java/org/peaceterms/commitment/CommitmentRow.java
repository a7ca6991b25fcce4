package org.peaceterms.commitment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.peaceterms.shared.Figure;
import org.peaceterms.shared.FigureJson;
import org.peaceterms.source.Citations;
import org.peaceterms.topic.Condition;

/**
 * A row of the commitments page's downloads ({@code /commitments.csv},
 * {@code /commitments.json}). A commitment may rest on several sources: the four citation
 * columns list them in the same order.
 */
public record CommitmentRow(long id, String actor, String actorSlug, String topic, String topicSlug,
		CommitmentKind kind, CommitmentBasis basis, CommitmentStatus status, String description,
		@Nullable BigDecimal amountMin, @Nullable BigDecimal amountMax, @Nullable String amountUnit,
		@Nullable String amountPeriod, @Nullable String amountText, List<Condition> conditions,
		@Nullable String conditionsNote, LocalDate madeOn, List<String> sourceOutlets, List<String> sourceTitles,
		List<LocalDate> sourcePublishedOn, List<String> sourceUrls) {

	static CommitmentRow of(Commitment commitment) {
		Figure amount = commitment.getAmount();
		Citations citations = Citations.of(commitment.getSources());
		return new CommitmentRow(commitment.requireId(), commitment.getActor().getName(),
				commitment.getActor().getSlug(), commitment.getTopic().getName(), commitment.getTopic().getSlug(),
				commitment.getKind(), commitment.getBasis(), commitment.getStatus(), commitment.getDescription(),
				(amount != null) ? FigureJson.plain(amount.getMin()) : null,
				(amount != null) ? FigureJson.plain(amount.getMax()) : null, (amount != null) ? amount.getUnit() : null,
				commitment.getAmountPeriod(), (amount != null) ? amount.getText() : null,
				commitment.getConditions().stream().sorted().toList(), commitment.getConditionsNote(),
				commitment.getMadeOn(), citations.outlets(), citations.titles(), citations.publishedOn(),
				citations.urls());
	}

}
