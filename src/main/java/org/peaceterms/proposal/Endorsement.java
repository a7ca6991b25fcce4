package org.peaceterms.proposal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;
import org.peaceterms.actor.Actor;
import org.peaceterms.shared.AuditedEntity;
import org.peaceterms.source.Source;

/**
 * An actor signing, endorsing or welcoming a {@link Proposal}, on a date, citing a
 * source.
 */
@Entity
@Table(name = "endorsement")
@Audited
public class Endorsement extends AuditedEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "proposal_id")
	private Proposal proposal;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "actor_id")
	private Actor actor;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private EndorsementKind kind;

	@Column(name = "endorsed_on")
	private @Nullable LocalDate endorsedOn;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "source_id")
	private Source source;

	@Column(length = 1000)
	private @Nullable String note;

	public Endorsement(Proposal proposal, Actor actor, EndorsementKind kind, @Nullable LocalDate endorsedOn,
			Source source) {
		this.proposal = proposal;
		this.actor = actor;
		this.kind = kind;
		this.endorsedOn = endorsedOn;
		this.source = source;
	}

	@SuppressWarnings("NullAway.Init")
	protected Endorsement() {
	}

	public Proposal getProposal() {
		return this.proposal;
	}

	public Actor getActor() {
		return this.actor;
	}

	public EndorsementKind getKind() {
		return this.kind;
	}

	public @Nullable LocalDate getEndorsedOn() {
		return this.endorsedOn;
	}

	public Source getSource() {
		return this.source;
	}

	public @Nullable String getNote() {
		return this.note;
	}

	/** Replaces what an editor can change. */
	public void update(Proposal proposal, Actor actor, EndorsementKind kind, @Nullable LocalDate endorsedOn,
			Source source, @Nullable String note) {
		this.proposal = proposal;
		this.actor = actor;
		this.kind = kind;
		this.endorsedOn = endorsedOn;
		this.source = source;
		this.note = note;
	}

}
