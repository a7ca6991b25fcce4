package org.peaceterms.proposal;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.LinkedHashSet;
import java.util.Set;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;
import org.peaceterms.shared.AuditedEntity;
import org.peaceterms.shared.Figure;
import org.peaceterms.source.Source;
import org.peaceterms.topic.Topic;
import org.springframework.util.Assert;

/**
 * One numbered term of a {@link Proposal}, filed under a {@link Topic} so that proposals
 * can be compared clause by clause, with an optional figure and at least one source.
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

	/** Whether {@link #text} quotes the proposal; otherwise it is a paraphrase. */
	@Column(nullable = false)
	private boolean verbatim;

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

	public Provision(Proposal proposal, int number, Topic topic, String text, boolean verbatim, @Nullable Figure figure,
			Set<Source> sources) {
		Assert.isTrue(number > 0, "provisions are numbered from 1");
		Assert.hasText(text, "text is required");
		Assert.notEmpty(sources, "a provision needs a source");
		this.proposal = proposal;
		this.number = number;
		this.topic = topic;
		this.text = text;
		this.verbatim = verbatim;
		this.figure = figure;
		this.sources.addAll(sources);
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

	public boolean isVerbatim() {
		return this.verbatim;
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

	public Set<Source> getSources() {
		return this.sources;
	}

	/** Replaces what an editor can change, under the same rules as the constructor. */
	public void update(Proposal proposal, int number, Topic topic, String text, boolean verbatim,
			@Nullable Figure figure, Set<Source> sources) {
		Assert.isTrue(number > 0, "provisions are numbered from 1");
		Assert.hasText(text, "text is required");
		Assert.notEmpty(sources, "a provision needs a source");
		this.proposal = proposal;
		this.number = number;
		this.topic = topic;
		this.text = text;
		this.verbatim = verbatim;
		this.figure = figure;
		this.sources.clear();
		this.sources.addAll(sources);
	}

}
