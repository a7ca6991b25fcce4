package org.peaceterms.statement;

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
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.hibernate.annotations.SortNatural;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;
import org.peaceterms.actor.Actor;
import org.peaceterms.shared.Attribution;
import org.peaceterms.shared.AuditedEntity;
import org.peaceterms.shared.FuzzyDate;
import org.peaceterms.shared.Sourcing;
import org.peaceterms.source.Source;
import org.peaceterms.topic.Condition;
import org.peaceterms.topic.Stance;
import org.peaceterms.topic.Topic;
import org.springframework.util.Assert;

/**
 * An actor's stance on a topic from a date on: a level on the topic's ladder, the
 * conditions it carries, and the statements it rests on. A later position of the same
 * actor on the same topic replaces it; the sequence is the actor's stance over time.
 */
@Entity
@Table(name = "actor_position")
@Audited
public class Position extends AuditedEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "actor_id")
	private Actor actor;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "topic_id")
	private Topic topic;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private Stance stance;

	@Column(name = "valid_from", nullable = false)
	private LocalDate validFrom;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "source_id")
	private Source source;

	/** One line for tables: "Will put troops on the ground if necessary". */
	@Column(nullable = false, length = 1000)
	private String summary;

	/** Why the position sits on this level of the ladder. */
	@Column(length = 2000)
	private @Nullable String note;

	@ElementCollection(fetch = FetchType.LAZY)
	@CollectionTable(name = "position_condition", joinColumns = @JoinColumn(name = "position_id"))
	@Column(name = "condition_code", length = 40)
	@Enumerated(EnumType.STRING)
	@SortNatural // in the enum's order, also as loaded (a hash set's order changes from
					// JVM to JVM)
	private SortedSet<Condition> conditions = new TreeSet<>();

	@ManyToMany(fetch = FetchType.LAZY)
	@JoinTable(name = "position_evidence", joinColumns = @JoinColumn(name = "position_id"),
			inverseJoinColumns = @JoinColumn(name = "statement_id"))
	private Set<Statement> evidence = new LinkedHashSet<>();

	@Embedded
	private Sourcing sourcing = new Sourcing();

	public Position(Actor actor, Topic topic, Stance stance, LocalDate validFrom, Source source, String summary,
			Set<Statement> evidence) {
		check(topic, stance, summary, evidence);
		this.actor = actor;
		this.topic = topic;
		this.stance = stance;
		this.validFrom = validFrom;
		this.source = source;
		this.summary = summary;
		this.evidence.addAll(evidence);
	}

	@SuppressWarnings("NullAway.Init")
	protected Position() {
	}

	public Actor getActor() {
		return this.actor;
	}

	public Topic getTopic() {
		return this.topic;
	}

	public Stance getStance() {
		return this.stance;
	}

	public LocalDate getValidFrom() {
		return this.validFrom;
	}

	public Source getSource() {
		return this.source;
	}

	public String getSummary() {
		return this.summary;
	}

	public @Nullable String getNote() {
		return this.note;
	}

	public Set<Condition> getConditions() {
		return this.conditions;
	}

	public Set<Statement> getEvidence() {
		return this.evidence;
	}

	/**
	 * How the statements it rests on are attributed: how many quotes, paraphrases,
	 * reports and assessments, in that order.
	 */
	public Map<Attribution, Long> getEvidenceAttributions() {
		Map<Attribution, Long> counts = new EnumMap<>(Attribution.class);
		this.evidence.forEach((statement) -> counts.merge(statement.getAttribution(), 1L, Long::sum));
		return counts;
	}

	/**
	 * Whether it rests only on reports or assessments, not on anything the actor is
	 * quoted or paraphrased as saying.
	 */
	public boolean isRestingOnReportsOnly() {
		return this.evidence.stream().noneMatch((statement) -> statement.getAttribution().isActorsOwn());
	}

	/** Replaces what an editor can change, under the same rules as the constructor. */
	public void update(Actor actor, Topic topic, Stance stance, LocalDate validFrom, Source source, String summary,
			@Nullable String note, Set<Condition> conditions, Set<Statement> evidence) {
		check(topic, stance, summary, evidence);
		this.actor = actor;
		this.topic = topic;
		this.stance = stance;
		this.validFrom = validFrom;
		this.source = source;
		this.summary = summary;
		this.note = note;
		this.conditions.clear();
		this.conditions.addAll(conditions);
		this.evidence.clear();
		this.evidence.addAll(evidence);
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
		return this.sourcing.date(this.validFrom);
	}

	/** The rules every state of the record keeps, on creation and on every update. */
	private static void check(Topic topic, Stance stance, String summary, Set<Statement> evidence) {
		Assert.isTrue(stance.getLadder() == topic.getLadder(), "the stance must be a level of the topic's ladder");
		Assert.hasText(summary, "summary is required");
		Assert.notEmpty(evidence, "a position rests on at least one statement");
	}

}
