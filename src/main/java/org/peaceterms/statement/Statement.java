package org.peaceterms.statement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
import org.peaceterms.shared.AuditedEntity;
import org.peaceterms.source.Source;
import org.peaceterms.topic.Topic;
import org.springframework.util.Assert;

/**
 * Something a person or body said on a date: a verbatim quote or a marked paraphrase, who
 * said it and on whose behalf at the time, the source that reports it, and the topics it
 * touches. Statements are the evidence {@link Position}s rest on.
 */
@Entity
@Table(name = "statement")
@Audited
public class Statement extends AuditedEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "speaker_id")
	private Actor speaker;

	/** The country or organisation the speaker spoke for at the time. */
	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "on_behalf_of_id")
	private @Nullable Actor onBehalfOf;

	@Column(name = "said_on", nullable = false)
	private LocalDate saidOn;

	@Column(nullable = false, length = 4000)
	private String text;

	/** Whether {@link #text} is the speaker's own words; otherwise it is a paraphrase. */
	@Column(nullable = false)
	private boolean verbatim;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "source_id")
	private Source source;

	/**
	 * The outlet or channel the source itself cites for the quote ("Financial Times",
	 * "X").
	 */
	@Column(name = "reported_via", length = 200)
	private @Nullable String reportedVia;

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

	public Statement(Actor speaker, @Nullable Actor onBehalfOf, LocalDate saidOn, String text, boolean verbatim,
			Source source, Set<Topic> topics) {
		Assert.hasText(text, "text is required");
		this.speaker = speaker;
		this.onBehalfOf = onBehalfOf;
		this.saidOn = saidOn;
		this.text = text;
		this.verbatim = verbatim;
		this.source = source;
		this.topics.addAll(topics);
	}

	@SuppressWarnings("NullAway.Init")
	protected Statement() {
	}

	public Actor getSpeaker() {
		return this.speaker;
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

	public boolean isVerbatim() {
		return this.verbatim;
	}

	public Source getSource() {
		return this.source;
	}

	public @Nullable String getReportedVia() {
		return this.reportedVia;
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
	public void update(Actor speaker, @Nullable Actor onBehalfOf, LocalDate saidOn, String text, boolean verbatim,
			Source source, Set<Topic> topics, @Nullable Provision provision, @Nullable Event event,
			@Nullable String reportedVia, @Nullable String context) {
		Assert.hasText(text, "text is required");
		this.speaker = speaker;
		this.onBehalfOf = onBehalfOf;
		this.saidOn = saidOn;
		this.text = text;
		this.verbatim = verbatim;
		this.source = source;
		this.topics.clear();
		this.topics.addAll(topics);
		this.provision = provision;
		this.event = event;
		this.reportedVia = reportedVia;
		this.context = context;
	}

}
