package org.peaceterms.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.peaceterms.proposal.Proposal;
import org.peaceterms.proposal.ProposalRepository;
import org.peaceterms.proposal.Provision;
import org.peaceterms.proposal.ProvisionRepository;
import org.peaceterms.shared.AsOf;
import org.peaceterms.topic.Topic;
import org.peaceterms.topic.TopicRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the {@link Comparison} of two proposals: their provisions lined up by topic, an
 * editor's {@link TopicRelation} where there is one, and the default of
 * {@link RelationRules} where there is none. The compare page and the dashboard's
 * alignment summary both use it, so that they never disagree.
 */
@Service
public class ComparisonService {

	/** The pair the compare page and the dashboard show without parameters. */
	public static final String DEFAULT_LEFT = "us-security-package-2025-12";

	public static final String DEFAULT_RIGHT = "european-statement-2025-12-15";

	private final ProposalRepository proposals;

	private final ProvisionRepository provisions;

	private final TopicRepository topics;

	private final TopicRelationRepository relations;

	ComparisonService(ProposalRepository proposals, ProvisionRepository provisions, TopicRepository topics,
			TopicRelationRepository relations) {
		this.proposals = proposals;
		this.provisions = provisions;
		this.topics = topics;
		this.relations = relations;
	}

	/**
	 * The proposal with this slug if it is on record as of the date (not retired,
	 * presented by then).
	 */
	@Transactional(readOnly = true)
	public Optional<Proposal> find(String slug, AsOf asOf) {
		return this.proposals.findBySlug(slug)
			.filter((proposal) -> !proposal.isRetired() && asOf.includes(proposal.getPresentedOn()));
	}

	/** Every proposal on record as of the date, newest first: the choices of the form. */
	@Transactional(readOnly = true)
	public List<Proposal> choices(AsOf asOf) {
		return this.proposals.findByRetiredFalseOrderByPresentedOnDescTitle()
			.stream()
			.filter((proposal) -> asOf.includes(proposal.getPresentedOn()))
			.toList();
	}

	/** The default pair compared, if both were on record as of the date. */
	@Transactional(readOnly = true)
	public Optional<Comparison> compareDefault(AsOf asOf) {
		Optional<Proposal> left = find(DEFAULT_LEFT, asOf);
		Optional<Proposal> right = find(DEFAULT_RIGHT, asOf);
		if (left.isEmpty() || right.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(compare(left.get(), right.get()));
	}

	/** Lines up two different proposals topic by topic. */
	@Transactional(readOnly = true)
	public Comparison compare(Proposal left, Proposal right) {
		Map<Topic, List<Provision>> leftByTopic = byTopic(this.provisions.findByProposal(left));
		Map<Topic, List<Provision>> rightByTopic = byTopic(this.provisions.findByProposal(right));
		Map<Topic, Verdict> editorial = editorial(left, right);
		List<Comparison.Row> rows = new ArrayList<>();
		List<Topic> gaps = new ArrayList<>();
		for (Topic topic : this.topics.findByRetiredFalseOrderBySortOrder()) {
			List<Provision> l = leftByTopic.getOrDefault(topic, List.of());
			List<Provision> r = rightByTopic.getOrDefault(topic, List.of());
			if (l.isEmpty() && r.isEmpty()) {
				gaps.add(topic);
				continue;
			}
			Verdict verdict = editorial.get(topic);
			if (verdict == null) {
				verdict = RelationRules.assess(l, r, left.getShortTitle(), right.getShortTitle());
			}
			rows.add(new Comparison.Row(topic, l, r, verdict));
		}
		return new Comparison(left, right, rows, gaps);
	}

	private Map<Topic, Verdict> editorial(Proposal left, Proposal right) {
		Map<Topic, Verdict> verdicts = new HashMap<>();
		for (TopicRelation relation : this.relations.findBetween(left, right)) {
			Verdict verdict = Verdict.editorial(relation.getRelation(), relation.getReason());
			boolean reversed = relation.getLeft().equals(right);
			verdicts.put(relation.getTopic(), reversed ? verdict.flipped() : verdict);
		}
		return verdicts;
	}

	private static Map<Topic, List<Provision>> byTopic(List<Provision> provisions) {
		Map<Topic, List<Provision>> byTopic = new HashMap<>();
		for (Provision provision : provisions) {
			byTopic.computeIfAbsent(provision.getTopic(), (topic) -> new ArrayList<>()).add(provision);
		}
		return byTopic;
	}

}
