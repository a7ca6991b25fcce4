package org.peaceterms.commitment;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.hibernate.annotations.SortNatural;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;
import org.peaceterms.actor.Actor;
import org.peaceterms.shared.Attribution;
import org.peaceterms.shared.AuditedEntity;
import org.peaceterms.shared.Figure;
import org.peaceterms.shared.FuzzyDate;
import org.peaceterms.shared.Sourcing;
import org.peaceterms.source.Source;
import org.peaceterms.topic.Condition;
import org.peaceterms.topic.Topic;
import org.springframework.util.Assert;

/**
 * Something an actor pledges (troops, money, a capability, a political undertaking), or
 * asks for, or a reported estimate: an amount as a range with unit and period, its
 * conditions, its status, its date and its sources.
 */
@Entity
@Table(name = "commitment")
@Audited
public class Commitment extends AuditedEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "actor_id")
	private Actor actor;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "topic_id")
	private Topic topic;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private CommitmentKind kind;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private CommitmentBasis basis;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private CommitmentStatus status;

	@Column(nullable = false, length = 2000)
	private String description;

	@Embedded
	@AttributeOverride(name = "min", column = @Column(name = "amount_min", precision = 20, scale = 2))
	@AttributeOverride(name = "max", column = @Column(name = "amount_max", precision = 20, scale = 2))
	@AttributeOverride(name = "unit", column = @Column(name = "amount_unit", length = 40))
	@AttributeOverride(name = "text", column = @Column(name = "amount_text", length = 200))
	private @Nullable Figure amount;

	/** Over what period the amount applies ("per year, through at least 2030"). */
	@Column(name = "amount_period", length = 100)
	private @Nullable String amountPeriod;

	@ElementCollection(fetch = FetchType.LAZY)
	@CollectionTable(name = "commitment_condition", joinColumns = @JoinColumn(name = "commitment_id"))
	@Column(name = "condition_code", length = 40)
	@Enumerated(EnumType.STRING)
	@SortNatural // in the enum's order, also as loaded (a hash set's order changes from
					// JVM to JVM)
	private SortedSet<Condition> conditions = new TreeSet<>();

	@Column(name = "conditions_note", length = 2000)
	private @Nullable String conditionsNote;

	@Column(name = "made_on", nullable = false)
	private LocalDate madeOn;

	/**
	 * How the source gives the pledge: the actor's own words, a paraphrase, a report
	 * "according to" someone ("according to reports, American forces would ..."), or an
	 * assessment.
	 */
	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private Attribution attribution = Attribution.PARAPHRASED;

	@Column(name = "according_to", length = 200)
	private @Nullable String accordingTo;

	@Embedded
	private Sourcing sourcing = new Sourcing();

	@ManyToMany(fetch = FetchType.LAZY)
	@JoinTable(name = "commitment_source", joinColumns = @JoinColumn(name = "commitment_id"),
			inverseJoinColumns = @JoinColumn(name = "source_id"))
	private Set<Source> sources = new LinkedHashSet<>();

	public Commitment(Actor actor, Topic topic, CommitmentKind kind, CommitmentBasis basis, CommitmentStatus status,
			String description, @Nullable Figure amount, LocalDate madeOn, Set<Source> sources) {
		Assert.hasText(description, "description is required");
		Assert.notEmpty(sources, "a commitment needs a source");
		this.actor = actor;
		this.topic = topic;
		this.kind = kind;
		this.basis = basis;
		this.status = status;
		this.description = description;
		this.amount = amount;
		this.madeOn = madeOn;
		this.sources.addAll(sources);
	}

	@SuppressWarnings("NullAway.Init")
	protected Commitment() {
	}

	public Actor getActor() {
		return this.actor;
	}

	public Topic getTopic() {
		return this.topic;
	}

	public CommitmentKind getKind() {
		return this.kind;
	}

	public CommitmentBasis getBasis() {
		return this.basis;
	}

	public CommitmentStatus getStatus() {
		return this.status;
	}

	public String getDescription() {
		return this.description;
	}

	/** The amount, or {@code null} when the commitment names no number. */
	public @Nullable Figure getAmount() {
		return (this.amount != null && this.amount.isPresent()) ? this.amount : null;
	}

	/**
	 * The source's wording of the amount, also where it gives no number ("tens of
	 * thousands").
	 */
	public @Nullable String getAmountWording() {
		return (this.amount != null) ? this.amount.getText() : null;
	}

	/** The amount's unit, also where no number is given. */
	public @Nullable String getAmountUnit() {
		return (this.amount != null) ? this.amount.getUnit() : null;
	}

	public @Nullable String getAmountPeriod() {
		return this.amountPeriod;
	}

	public Set<Condition> getConditions() {
		return this.conditions;
	}

	public @Nullable String getConditionsNote() {
		return this.conditionsNote;
	}

	public LocalDate getMadeOn() {
		return this.madeOn;
	}

	public Attribution getAttribution() {
		return this.attribution;
	}

	public @Nullable String getAccordingTo() {
		return this.accordingTo;
	}

	/** Sets how the source attributes the pledge and whom it cites. */
	public void attribute(Attribution attribution, @Nullable String accordingTo) {
		this.attribution = attribution;
		this.accordingTo = (accordingTo != null && !accordingTo.isBlank()) ? accordingTo.strip() : null;
	}

	/**
	 * The first source's label: whose assessment an {@link Attribution#ASSESSED} record
	 * is.
	 */
	public String getSourceLabel() {
		return this.sources.stream().findFirst().map(Source::getLabel).orElse("");
	}

	public Set<Source> getSources() {
		return this.sources;
	}

	/** Replaces what an editor can change, under the same rules as the constructor. */
	public void update(Actor actor, Topic topic, CommitmentKind kind, CommitmentBasis basis, CommitmentStatus status,
			String description, @Nullable Figure amount, @Nullable String amountPeriod, Set<Condition> conditions,
			@Nullable String conditionsNote, LocalDate madeOn, Set<Source> sources) {
		Assert.hasText(description, "description is required");
		Assert.notEmpty(sources, "a commitment needs a source");
		this.actor = actor;
		this.topic = topic;
		this.kind = kind;
		this.basis = basis;
		this.status = status;
		this.description = description;
		this.amount = amount;
		this.amountPeriod = amountPeriod;
		this.conditions.clear();
		this.conditions.addAll(conditions);
		this.conditionsNote = conditionsNote;
		this.madeOn = madeOn;
		this.sources.clear();
		this.sources.addAll(sources);
	}

	public Sourcing getSourcing() {
		return this.sourcing;
	}

	/** Replaces the date's precision, the supporting excerpt and the confidence. */
	public void setSourcing(Sourcing sourcing) {
		this.sourcing = sourcing;
	}

	/** The date as precise as the source gives it. */
	public FuzzyDate getDate() {
		return this.sourcing.date(this.madeOn);
	}

}
