package org.peaceterms.proposal;

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
import org.peaceterms.shared.FuzzyDate;
import org.peaceterms.shared.ReplaceableEntity;
import org.peaceterms.shared.Sourcing;
import org.peaceterms.source.Source;
import org.springframework.util.Assert;

/**
 * A plan or statement of terms (the US security package, the European six-point
 * statement): who proposed it, where and when, its status, its lineage, and the sources
 * that report it. Its terms are {@link Provision}s; who backed it are
 * {@link Endorsement}s.
 */
@Entity
@Table(name = "proposal")
@Audited
public class Proposal extends ReplaceableEntity<Proposal> {

	@Column(nullable = false, unique = true, length = 120)
	private String slug;

	/** The Wikidata item (Q-number), where one exists. */
	@Column(name = "wikidata_qid", length = 20)
	private @Nullable String wikidataQid;

	/** Ids in other datasets, as {@code dataset:id}, separated by {@code " | "}. */
	@Column(name = "external_ids", length = 500)
	private @Nullable String externalIds;

	@Column(nullable = false, length = 300)
	private String title;

	/** A short label for table headers: "US package (Dec 2025)". */
	@Column(name = "short_title", nullable = false, length = 80)
	private String shortTitle;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 30)
	private ProposalKind kind;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 30)
	private ProposalStatus status;

	@Column(name = "presented_on", nullable = false)
	private LocalDate presentedOn;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "presented_at_id")
	private @Nullable Event presentedAt;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "supersedes_id")
	private @Nullable Proposal supersedes;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "derived_from_id")
	private @Nullable Proposal derivedFrom;

	@Column(length = 4000)
	private @Nullable String summary;

	/** Whether the full text has been published (the US package's has not). */
	@Column(name = "text_public", nullable = false)
	private boolean textPublic;

	@Embedded
	private Sourcing sourcing = new Sourcing();

	@ManyToMany(fetch = FetchType.LAZY)
	@JoinTable(name = "proposal_proposer", joinColumns = @JoinColumn(name = "proposal_id"),
			inverseJoinColumns = @JoinColumn(name = "actor_id"))
	private Set<Actor> proposers = new LinkedHashSet<>();

	@ManyToMany(fetch = FetchType.LAZY)
	@JoinTable(name = "proposal_source", joinColumns = @JoinColumn(name = "proposal_id"),
			inverseJoinColumns = @JoinColumn(name = "source_id"))
	private Set<Source> sources = new LinkedHashSet<>();

	public Proposal(String slug, String title, String shortTitle, ProposalKind kind, ProposalStatus status,
			LocalDate presentedOn, Set<Actor> proposers, Set<Source> sources) {
		check(slug, title, shortTitle, sources);
		this.slug = slug;
		this.title = title;
		this.shortTitle = shortTitle;
		this.kind = kind;
		this.status = status;
		this.presentedOn = presentedOn;
		this.proposers.addAll(proposers);
		this.sources.addAll(sources);
	}

	@SuppressWarnings("NullAway.Init")
	protected Proposal() {
	}

	@Override
	public String getSlug() {
		return this.slug;
	}

	public String getTitle() {
		return this.title;
	}

	public String getShortTitle() {
		return this.shortTitle;
	}

	public ProposalKind getKind() {
		return this.kind;
	}

	public ProposalStatus getStatus() {
		return this.status;
	}

	public LocalDate getPresentedOn() {
		return this.presentedOn;
	}

	public @Nullable Event getPresentedAt() {
		return this.presentedAt;
	}

	public @Nullable Proposal getSupersedes() {
		return this.supersedes;
	}

	public @Nullable Proposal getDerivedFrom() {
		return this.derivedFrom;
	}

	public @Nullable String getSummary() {
		return this.summary;
	}

	public boolean isTextPublic() {
		return this.textPublic;
	}

	public Set<Actor> getProposers() {
		return this.proposers;
	}

	public Set<Source> getSources() {
		return this.sources;
	}

	/**
	 * Replaces what an editor can change, under the same rules as the constructor; a
	 * proposal never supersedes or derives from itself.
	 */
	public void update(String slug, String title, String shortTitle, ProposalKind kind, ProposalStatus status,
			LocalDate presentedOn, @Nullable Event presentedAt, @Nullable Proposal supersedes,
			@Nullable Proposal derivedFrom, @Nullable String summary, boolean textPublic, Set<Actor> proposers,
			Set<Source> sources) {
		check(slug, title, shortTitle, sources);
		Assert.isTrue(supersedes == null || !supersedes.equals(this), "a proposal cannot supersede itself");
		Assert.isTrue(derivedFrom == null || !derivedFrom.equals(this), "a proposal cannot derive from itself");
		this.slug = slug;
		this.title = title;
		this.shortTitle = shortTitle;
		this.kind = kind;
		this.status = status;
		this.presentedOn = presentedOn;
		this.presentedAt = presentedAt;
		this.supersedes = supersedes;
		this.derivedFrom = derivedFrom;
		this.summary = summary;
		this.textPublic = textPublic;
		this.proposers.clear();
		this.proposers.addAll(proposers);
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
		return this.sourcing.date(this.presentedOn);
	}

	public @Nullable String getWikidataQid() {
		return this.wikidataQid;
	}

	public @Nullable String getExternalIds() {
		return this.externalIds;
	}

	/** Sets the external identifiers. */
	public void identify(@Nullable String wikidataQid, @Nullable String externalIds) {
		Assert.isTrue(wikidataQid == null || wikidataQid.matches("Q[1-9][0-9]*"), "not a Wikidata item");
		this.wikidataQid = wikidataQid;
		this.externalIds = externalIds;
	}

	/** The rules every state of the record keeps, on creation and on every update. */
	private static void check(String slug, String title, String shortTitle, Set<Source> sources) {
		Assert.hasText(slug, "slug is required");
		Assert.hasText(title, "title is required");
		Assert.hasText(shortTitle, "short title is required");
		Assert.notEmpty(sources, "a proposal needs a source");
	}

}
