package org.peaceterms.proposal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.peaceterms.shared.Attribution;
import org.peaceterms.shared.Confidence;
import org.peaceterms.shared.FigureJson;
import org.peaceterms.source.Citation;
import org.peaceterms.topic.Topic;
import org.peaceterms.topic.TopicRef;
import org.peaceterms.web.Links;

/**
 * A {@link Provision} as the JSON API gives it: its number in the proposal, its primary
 * topic and every topic it addresses, its text and how the source attributes it (only
 * SAID quotes the proposal), its figure, the supporting excerpt, the confidence and the
 * sources that report it.
 *
 * @param accordingTo whom the source cites for the term, if anyone
 */
public record ProvisionJson(long id, ProposalRef proposal, int number, TopicRef topic, List<TopicRef> topics,
		String text, Attribution attribution, @Nullable String accordingTo, @Nullable FigureJson figure,
		@Nullable String excerpt, Confidence confidence, List<Citation> citations, Map<String, String> links) {

	public static ProvisionJson of(Provision provision) {
		Proposal proposal = provision.getProposal();
		return new ProvisionJson(provision.requireId(), ProposalRef.of(proposal), provision.getNumber(),
				TopicRef.of(provision.getTopic()), sortedTopics(provision).stream().map(TopicRef::of).toList(),
				provision.getText(), provision.getAttribution(), provision.getAccordingTo(),
				FigureJson.of(provision.getFigure()), provision.getExcerpt(), provision.getConfidence(),
				Citation.of(provision.getSources()), Links.of("self", Links.api("provisions", provision.requireId()),
						"html", Links.page("proposals", proposal.getSlug()) + "#provision-" + provision.getNumber()));
	}

	/** Every topic of the provision, the primary first, then in the taxonomy's order. */
	static List<Topic> sortedTopics(Provision provision) {
		List<Topic> topics = new ArrayList<>();
		topics.add(provision.getTopic());
		provision.getTopics()
			.stream()
			.filter((topic) -> !topic.equals(provision.getTopic()))
			.sorted(Comparator.comparing(Topic::getSortOrder).thenComparing(Topic::getSlug))
			.forEach(topics::add);
		return topics;
	}

	static List<String> topicSlugs(Provision provision) {
		return sortedTopics(provision).stream().map(Topic::getSlug).toList();
	}

}
