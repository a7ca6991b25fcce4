package org.peaceterms.proposal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.peaceterms.actor.Actor;
import org.peaceterms.shared.Figure;
import org.peaceterms.shared.FigureJson;
import org.peaceterms.source.Citations;
import org.peaceterms.source.Source;

/**
 * A row of the proposals page's downloads ({@code /proposals.csv},
 * {@code /proposals.json}): one row per provision, with its proposal's columns repeated;
 * a proposal without provisions has one row with empty provision columns. The citation
 * columns are the provision's sources (the proposal's where there is no provision), in
 * the same order in all four.
 */
public record ProposalRow(String proposal, String proposalSlug, String proposalTitle, ProposalKind kind,
		ProposalStatus status, LocalDate presentedOn, List<String> proposers, boolean textPublic,
		@Nullable Integer provisionNumber, @Nullable String provisionTopic, @Nullable String provisionText,
		@Nullable Boolean provisionVerbatim, @Nullable BigDecimal figureMin, @Nullable BigDecimal figureMax,
		@Nullable String figureUnit, @Nullable String figureText, List<String> sourceOutlets, List<String> sourceTitles,
		List<LocalDate> sourcePublishedOn, List<String> sourceUrls) {

	static ProposalRow of(Proposal proposal, @Nullable Provision provision) {
		Figure figure = (provision != null) ? provision.getFigure() : null;
		Set<Source> sources = (provision != null) ? provision.getSources() : proposal.getSources();
		Citations citations = Citations.of(sources);
		return new ProposalRow(proposal.getShortTitle(), proposal.getSlug(), proposal.getTitle(), proposal.getKind(),
				proposal.getStatus(), proposal.getPresentedOn(),
				proposal.getProposers().stream().map(Actor::getName).sorted(Comparator.naturalOrder()).toList(),
				proposal.isTextPublic(), (provision != null) ? provision.getNumber() : null,
				(provision != null) ? provision.getTopic().getSlug() : null,
				(provision != null) ? provision.getText() : null, (provision != null) ? provision.isVerbatim() : null,
				(figure != null) ? FigureJson.plain(figure.getMin()) : null,
				(figure != null) ? FigureJson.plain(figure.getMax()) : null, (figure != null) ? figure.getUnit() : null,
				(figure != null) ? figure.getText() : null, citations.outlets(), citations.titles(),
				citations.publishedOn(), citations.urls());
	}

}
