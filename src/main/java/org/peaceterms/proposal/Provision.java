package org.peaceterms.proposal;

import jakarta.persistence.AttributeOverride;
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
import org.peaceterms.shared.Attribution;
import org.peaceterms.shared.AuditedEntity;
import org.peaceterms.shared.Confidence;
import org.peaceterms.shared.Figure;
import org.peaceterms.source.Source;
import org.peaceterms.topic.Topic;
import org.springframework.util.Assert;

/**
 * One numbered term of a {@link Proposal}, filed under a primary {@link Topic} and every
 * other topic it addresses, so that proposals can be compared clause by clause, with an
 * optional figure, at least one source, how the source attributes its wording, and the
 * passage that supports it.
 */
@Entity
@Table(name = "provision")
@Audited
public class Provision extends AuditedEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "proposal_id")
	private Proposal proposal;

	@Column(nullable = false)
	private int number;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "topic_id")
	private Topic topic;

	@Column(nullable = false, length = 4000)
	private String text;

	/**
	 * How the source gives the term: quoting the proposal, paraphrasing it, reporting it
	 * "according to" someone, or as its own reading.
	 */
	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private Attribution attribution;

	@Column(name = "according_to", length = 200)
	private @Nullable String accordingTo;

	@Column(length = 4000)
	private @Nullable String excerpt;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private Confidence confidence = Confidence.SINGLE_SOURCE;

	/** Every topic the term addresses, the primary {@link #topic} among them. */
	@ManyToMany(fetch = FetchType.LAZY)
	@JoinTable(name = "provision_topic", joinColumns = @JoinColumn(name = "provision_id"),
			inverseJoinColumns = @JoinColumn(name = "topic_id"))
	private Set<Topic> topics = new LinkedHashSet<>();

	@Embedded
	@AttributeOverride(name = "min", column = @Column(name = "figure_min", precision = 20, scale = 2))
	@AttributeOverride(name = "max", column = @Column(name = "figure_max", precision = 20, scale = 2))
	@AttributeOverride(name = "unit", column = @Column(name = "figure_unit", length = 40))
	@AttributeOverride(name = "text", column = @Column(name = "figure_text", length = 200))
	private @Nullable Figure figure;

	@ManyToMany(fetch = FetchType.LAZY)
	@JoinTable(name = "provision_source", joinColumns = @JoinColumn(name = "provision_id"),
			inverseJoinColumns = @JoinColumn(name = "source_id"))
	private Set<Source> sources = new LinkedHashSet<>();

	public Provision(Proposal proposal, int number, Topic topic, String text, Attribution attribution,
			@Nullable Figure figure, Set<Source> sources) {
		check(number, text, sources);
		this.proposal = proposal;
		this.number = number;
		this.topic = topic;
		this.text = text;
		this.attribution = attribution;
		this.figure = figure;
		this.sources.addAll(sources);
		this.topics.add(topic);
	}

	@SuppressWarnings("NullAway.Init")
	protected Provision() {
	}

	public Proposal getProposal() {
		return this.proposal;
	}

	public int getNumber() {
		return this.number;
	}

	public Topic getTopic() {
		return this.topic;
	}

	public String getText() {
		return this.text;
	}

	public Attribution getAttribution() {
		return this.attribution;
	}

	/** Whether the text is shown as the proposal's own words, in quotation marks. */
	public boolean isQuote() {
		return this.attribution.isQuote();
	}

	public @Nullable String getAccordingTo() {
		return this.accordingTo;
	}

	public @Nullable String getExcerpt() {
		return this.excerpt;
	}

	public Confidence getConfidence() {
		return this.confidence;
	}

	/** Every topic the term addresses, the primary topic among them. */
	public Set<Topic> getTopics() {
		return this.topics;
	}

	/** The figure, or {@code null} when the provision carries no number. */
	public @Nullable Figure getFigure() {
		return (this.figure != null && this.figure.isPresent()) ? this.figure : null;
	}

	/**
	 * The source's wording of the figure, also where it gives no number ("tens of
	 * thousands").
	 */
	public @Nullable String getFigureWording() {
		return (this.figure != null) ? this.figure.getText() : null;
	}

	/** The figure's unit, also where no number is given. */
	public @Nullable String getFigureUnit() {
		return (this.figure != null) ? this.figure.getUnit() : null;
	}

	/**
	 * Whether the provision was on record by a date: when one of its own sources had been
	 * published (not its proposal's date, which may be earlier than any report of this
	 * term).
	 */
	public boolean isOnRecordBy(LocalDate date) {
		return this.sources.stream().anyMatch((source) -> !source.getPublishedOn().isAfter(date));
	}

	/** The first source's label: whose assessment an assessed term is. */
	public String getSourceLabel() {
		return this.sources.stream().findFirst().map(Source::getLabel).orElse("");
	}

	public Set<Source> getSources() {
		return this.sources;
	}

	/** Replaces what an editor can change, under the same rules as the constructor. */
	public void update(Proposal proposal, int number, Topic topic, Set<Topic> otherTopics, String text,
			Attribution attribution, @Nullable String accordingTo, @Nullable Figure figure, Set<Source> sources,
			@Nullable String excerpt, Confidence confidence) {
		check(number, text, sources);
		this.proposal = proposal;
		this.number = number;
		this.topic = topic;
		this.text = text;
		this.attribution = attribution;
		this.accordingTo = (accordingTo != null && !accordingTo.isBlank()) ? accordingTo.strip() : null;
		this.figure = figure;
		this.sources.clear();
		this.sources.addAll(sources);
		this.topics.clear();
		this.topics.add(topic);
		this.topics.addAll(otherTopics);
		this.excerpt = (excerpt != null && !excerpt.isBlank()) ? excerpt.strip() : null;
		this.confidence = confidence;
	}

	/** The rules every state of the record keeps, on creation and on every update. */
	private static void check(int number, String text, Set<Source> sources) {
		Assert.isTrue(number > 0, "provisions are numbered from 1");
		Assert.hasText(text, "text is required");
		Assert.notEmpty(sources, "a provision needs a source");
	}

}
