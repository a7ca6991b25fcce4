package org.peaceterms.proposal;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.peaceterms.shared.FigureJson;
import org.peaceterms.source.Citation;
import org.peaceterms.topic.TopicRef;
import org.peaceterms.web.Links;

/**
 * A {@link Provision} as the JSON API gives it: its number in the proposal, its topic,
 * its text (quoted or paraphrased), its figure and the sources that report it.
 */
public record ProvisionJson(long id, ProposalRef proposal, int number, TopicRef topic, String text, boolean verbatim,
		@Nullable FigureJson figure, List<Citation> citations, Map<String, String> links) {

	public static ProvisionJson of(Provision provision) {
		Proposal proposal = provision.getProposal();
		return new ProvisionJson(provision.requireId(), ProposalRef.of(proposal), provision.getNumber(),
				TopicRef.of(provision.getTopic()), provision.getText(), provision.isVerbatim(),
				FigureJson.of(provision.getFigure()), Citation.of(provision.getSources()),
				Links.of("self", Links.api("provisions", provision.requireId()), "html",
						Links.page("proposals", proposal.getSlug()) + "#provision-" + provision.getNumber()));
	}

}
