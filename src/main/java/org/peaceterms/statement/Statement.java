package org.peaceterms.statement;

import jakarta.persistence.Column;
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
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;
import org.peaceterms.actor.Actor;
import org.peaceterms.event.Event;
import org.peaceterms.proposal.Provision;
import org.peaceterms.shared.Attribution;
import org.peaceterms.shared.AuditedEntity;
import org.peaceterms.shared.FuzzyDate;
import org.peaceterms.shared.Sourcing;
import org.peaceterms.shared.Text;
import org.peaceterms.source.Source;
import org.peaceterms.topic.Topic;
import org.springframework.util.Assert;

/**
 * Something a person or body said, or is reported to hold, on a date: who (an actor of
 * any kind, or an unnamed speaker such as "U.S. officials"), on whose behalf at the time,
 * how the source attributes it ({@link Attribution}: a quote, a paraphrase, a report
 * "according to" someone, or an assessment), the source, the passage of it that supports
 * the record, and the topics it touches. Statements are the evidence {@link Position}s
 * rest on.
 */
@Entity
@Table(name = "statement")
@Audited
public class Statement extends AuditedEntity {

	/** The speaker, when the source names one; else {@link #speakerLabel}. */
	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "speaker_id")
	private @Nullable Actor speaker;

	/**
	 * An unnamed speaker as the source describes it ("U.S. officials", "the Kremlin").
	 */
	@Column(name = "speaker_label", length = 200)
	private @Nullable String speakerLabel;

	/** The country or organisation the speaker spoke for at the time. */
	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "on_behalf_of_id")
	private @Nullable Actor onBehalfOf;

	@Column(name = "said_on", nullable = false)
	private LocalDate saidOn;

	@Column(nullable = false, length = 4000)
	private String text;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private Attribution attribution;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "source_id")
	private Source source;

	/**
	 * Whom the source cites for it ("sources cited by AFP", "Axios", "the Financial
	 * Times"): for a report, who reports it; for a quote, where the source took it from.
	 */
	@Column(name = "according_to", length = 200)
	private @Nullable String accordingTo;

	@Embedded
	private Sourcing sourcing = new Sourcing();

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "event_id")
	private @Nullable Event event;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "provision_id")
	private @Nullable Provision provision;

	@Column(length = 2000)
	private @Nullable String context;

	@ManyToMany(fetch = FetchType.LAZY)
	@JoinTable(name = "statement_topic", joinColumns = @JoinColumn(name = "statement_id"),
			inverseJoinColumns = @JoinColumn(name = "topic_id"))
	private Set<Topic> topics = new LinkedHashSet<>();

	public Statement(@Nullable Actor speaker, @Nullable String speakerLabel, @Nullable Actor onBehalfOf,
			LocalDate saidOn, String text, Attribution attribution, Source source, Set<Topic> topics) {
		check(speaker, speakerLabel, text, attribution);
		this.speaker = speaker;
		this.speakerLabel = Text.blankToNull(speakerLabel);
		this.onBehalfOf = onBehalfOf;
		this.saidOn = saidOn;
		this.text = text;
		this.attribution = attribution;
		this.source = source;
		this.topics.addAll(topics);
	}

	/** A statement by a named actor. */
	public Statement(Actor speaker, @Nullable Actor onBehalfOf, LocalDate saidOn, String text, Attribution attribution,
			Source source, Set<Topic> topics) {
		this(speaker, null, onBehalfOf, saidOn, text, attribution, source, topics);
	}

	private static void check(@Nullable Actor speaker, @Nullable String speakerLabel, String text,
			Attribution attribution) {
		Assert.hasText(text, "text is required");
		Assert.isTrue(speaker != null || (speakerLabel != null && !speakerLabel.isBlank()),
				"a statement needs a speaker or a speaker label");
		Assert.isTrue(attribution != Attribution.SAID || speaker != null, "a direct quote needs a named speaker");
	}

	@SuppressWarnings("NullAway.Init")
	protected Statement() {
	}

	public @Nullable Actor getSpeaker() {
		return this.speaker;
	}

	public @Nullable String getSpeakerLabel() {
		return this.speakerLabel;
	}

	/** Who spoke, as shown: the actor's name, or the unnamed speaker's label. */
	public String getSpeakerName() {
		return (this.speaker != null) ? this.speaker.getName() : String.valueOf(this.speakerLabel);
	}

	public @Nullable Actor getOnBehalfOf() {
		return this.onBehalfOf;
	}

	public LocalDate getSaidOn() {
		return this.saidOn;
	}

	public String getText() {
		return this.text;
	}

	public Attribution getAttribution() {
		return this.attribution;
	}

	/** Whether the text is shown as the speaker's own words, in quotation marks. */
	public boolean isQuote() {
		return this.attribution.isQuote();
	}

	public Sourcing getSourcing() {
		return this.sourcing;
	}

	/** The date as precise as the source gives it. */
	public FuzzyDate getDate() {
		return this.sourcing.date(this.saidOn);
	}

	public Source getSource() {
		return this.source;
	}

	public @Nullable String getAccordingTo() {
		return this.accordingTo;
	}

	public @Nullable Event getEvent() {
		return this.event;
	}

	public @Nullable Provision getProvision() {
		return this.provision;
	}

	public @Nullable String getContext() {
		return this.context;
	}

	public Set<Topic> getTopics() {
		return this.topics;
	}

	/**
	 * Replaces what an editor can change, under the same rules as the constructor. The
	 * positions resting on the statement keep resting on it.
	 */
	public void update(@Nullable Actor speaker, @Nullable String speakerLabel, @Nullable Actor onBehalfOf,
			LocalDate saidOn, String text, Attribution attribution, Source source, Set<Topic> topics,
			@Nullable Provision provision, @Nullable Event event, @Nullable String accordingTo,
			@Nullable String context, Sourcing sourcing) {
		check(speaker, speakerLabel, text, attribution);
		this.speaker = speaker;
		this.speakerLabel = Text.blankToNull(speakerLabel);
		this.onBehalfOf = onBehalfOf;
		this.saidOn = saidOn;
		this.text = text;
		this.attribution = attribution;
		this.source = source;
		this.topics.clear();
		this.topics.addAll(topics);
		this.provision = provision;
		this.event = event;
		this.accordingTo = Text.blankToNull(accordingTo);
		this.context = context;
		this.sourcing = sourcing;
	}

}
