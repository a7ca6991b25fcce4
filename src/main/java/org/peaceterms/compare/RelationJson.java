package org.peaceterms.compare;

import java.util.List;
import java.util.Map;
import org.peaceterms.proposal.Proposal;
import org.peaceterms.proposal.ProposalRef;
import org.peaceterms.proposal.Provision;
import org.peaceterms.proposal.ProvisionJson;
import org.peaceterms.topic.TopicRef;
import org.peaceterms.web.Links;

/**
 * A {@link TopicRelation} as the JSON API gives it: an editor's verdict on how two
 * proposals relate on one topic, with its reason, and on each side the proposal's
 * provisions on that topic with their citations: the facts the verdict rests on.
 */
public record RelationJson(long id, TopicRef topic, Relation relation, String reason, Side left, Side right,
		Map<String, String> links) {

	static RelationJson of(TopicRelation relation, List<Provision> leftProvisions, List<Provision> rightProvisions) {
		return new RelationJson(relation.requireId(), TopicRef.of(relation.getTopic()), relation.getRelation(),
				relation.getReason(), Side.of(relation.getLeft(), leftProvisions),
				Side.of(relation.getRight(), rightProvisions),
				Links.of("self", Links.api("relations", relation.requireId()), "html", Links.page("compare") + "?left="
						+ relation.getLeft().getSlug() + "&right=" + relation.getRight().getSlug()));
	}

	/**
	 * One side of the comparison: the proposal and its provisions on the relation's
	 * topic.
	 */
	public record Side(ProposalRef proposal, List<ProvisionJson> provisions) {

		static Side of(Proposal proposal, List<Provision> provisions) {
			return new Side(ProposalRef.of(proposal), provisions.stream().map(ProvisionJson::of).toList());
		}

	}

}
