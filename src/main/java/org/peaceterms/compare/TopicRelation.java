package org.peaceterms.compare;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.peaceterms.proposal.Proposal;
import org.peaceterms.shared.AuditedEntity;
import org.peaceterms.topic.Topic;
import org.springframework.util.Assert;

/**
 * An editor's verdict on how two proposals relate on one topic, with a one-line reason.
 * Where no verdict exists the comparison computes a default from the provisions' figures.
 */
@Entity
@Table(name = "topic_relation")
@Audited
public class TopicRelation extends AuditedEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "left_proposal_id")
	private Proposal left;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "right_proposal_id")
	private Proposal right;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "topic_id")
	private Topic topic;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private Relation relation;

	@Column(nullable = false, length = 1000)
	private String reason;

	public TopicRelation(Proposal left, Proposal right, Topic topic, Relation relation, String reason) {
		Assert.isTrue(!left.equals(right), "a proposal is not compared with itself");
		Assert.hasText(reason, "reason is required");
		this.left = left;
		this.right = right;
		this.topic = topic;
		this.relation = relation;
		this.reason = reason;
	}

	@SuppressWarnings("NullAway.Init")
	protected TopicRelation() {
	}

	public Proposal getLeft() {
		return this.left;
	}

	public Proposal getRight() {
		return this.right;
	}

	public Topic getTopic() {
		return this.topic;
	}

	public Relation getRelation() {
		return this.relation;
	}

	public String getReason() {
		return this.reason;
	}

	/** Replaces what an editor can change, under the same rules as the constructor. */
	public void update(Proposal left, Proposal right, Topic topic, Relation relation, String reason) {
		Assert.isTrue(!left.equals(right), "a proposal is not compared with itself");
		Assert.hasText(reason, "reason is required");
		this.left = left;
		this.right = right;
		this.topic = topic;
		this.relation = relation;
		this.reason = reason;
	}

}
