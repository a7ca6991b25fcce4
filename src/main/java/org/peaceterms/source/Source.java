package org.peaceterms.source;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;
import org.peaceterms.shared.ReplaceableEntity;
import org.springframework.util.Assert;

/**
 * Where a fact comes from: an article, an official text, a post. Every provision,
 * commitment, statement and position cites at least one source.
 */
@Entity
@Table(name = "source")
@Audited
public class Source extends ReplaceableEntity<Source> {

	@Column(nullable = false, unique = true, length = 120)
	/** The longest title a compact citation shows whole. */
	static final int SHORT_LABEL = 28;

	private String slug;

	@Column(length = 200)
	private @Nullable String outlet;

	@Column(nullable = false, length = 500)
	private String title;

	@Column(length = 2000)
	private @Nullable String url;

	@Column(name = "published_on", nullable = false)
	private LocalDate publishedOn;

	/** How the publication date was established when the document carries none. */
	@Column(name = "date_note", length = 2000)
	private @Nullable String dateNote;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 30)
	private SourceKind kind;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 30)
	private Reliability reliability;

	public Source(String slug, @Nullable String outlet, String title, @Nullable String url, LocalDate publishedOn,
			SourceKind kind, Reliability reliability) {
		check(slug, title);
		this.slug = slug;
		this.outlet = outlet;
		this.title = title;
		this.url = url;
		this.publishedOn = publishedOn;
		this.kind = kind;
		this.reliability = reliability;
	}

	@SuppressWarnings("NullAway.Init")
	protected Source() {
	}

	@Override
	public String getSlug() {
		return this.slug;
	}

	public @Nullable String getOutlet() {
		return this.outlet;
	}

	public String getTitle() {
		return this.title;
	}

	public @Nullable String getUrl() {
		return this.url;
	}

	public LocalDate getPublishedOn() {
		return this.publishedOn;
	}

	public @Nullable String getDateNote() {
		return this.dateNote;
	}

	public SourceKind getKind() {
		return this.kind;
	}

	public Reliability getReliability() {
		return this.reliability;
	}

	/**
	 * The outlet's name, or the title where the document names no outlet: what a citation
	 * shows first.
	 */
	public String getLabel() {
		return (this.outlet != null) ? this.outlet : this.title;
	}

	/**
	 * What a compact citation shows: the outlet's name, or where there is none the first
	 * words of the title (at most {@value #SHORT_LABEL} characters, cut at a word). The
	 * full title is on the source's own page.
	 */
	public String getShortLabel() {
		if (this.outlet != null) {
			return this.outlet;
		}
		if (this.title.length() <= SHORT_LABEL) {
			return this.title;
		}
		int cut = this.title.lastIndexOf(' ', SHORT_LABEL);
		String head = this.title.substring(0, (cut > SHORT_LABEL / 2) ? cut : SHORT_LABEL);
		return head.replaceAll("[\\s,:;.\\-–]+$", "") + "…";
	}

	/** Replaces what an editor can change, under the same rules as the constructor. */
	public void update(String slug, @Nullable String outlet, String title, @Nullable String url, LocalDate publishedOn,
			@Nullable String dateNote, SourceKind kind, Reliability reliability) {
		check(slug, title);
		this.slug = slug;
		this.outlet = outlet;
		this.title = title;
		this.url = url;
		this.publishedOn = publishedOn;
		this.dateNote = dateNote;
		this.kind = kind;
		this.reliability = reliability;
	}

	/** The rules every state of the record keeps, on creation and on every update. */
	private static void check(String slug, String title) {
		Assert.hasText(slug, "slug is required");
		Assert.hasText(title, "title is required");
	}

}
