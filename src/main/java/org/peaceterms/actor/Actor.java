package org.peaceterms.actor;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;
import org.peaceterms.shared.ReplaceableEntity;
import org.springframework.util.Assert;

/**
 * A country, a person, an organisation (EU, NATO) or a coalition: anyone who proposes,
 * endorses, commits, says or holds a position. A person's offices over time are
 * {@link Office}s.
 */
@Entity
@Table(name = "actor")
@Audited
public class Actor extends ReplaceableEntity<Actor> {

	@Column(nullable = false, unique = true, length = 120)
	private String slug;

	/** The Wikidata item (Q-number), where the editors are sure of it. */
	@Column(name = "wikidata_qid", length = 20)
	private @Nullable String wikidataQid;

	/** ISO 3166-1 alpha-3 code, for countries only. */
	@Column(name = "iso_alpha3", length = 3)
	private @Nullable String isoAlpha3;

	@Column(nullable = false, length = 200)
	private String name;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private ActorKind kind;

	/** ISO 3166-1 alpha-2 code, for countries only. */
	@Column(name = "iso_code", length = 2)
	private @Nullable String isoCode;

	@Column(length = 2000)
	private @Nullable String description;

	/** Other spellings of the name the statement search finds it by, comma-separated. */
	@Column(length = 500)
	private @Nullable String aliases;

	public Actor(String slug, String name, ActorKind kind, @Nullable String isoCode) {
		check(slug, name, kind, isoCode);
		this.slug = slug;
		this.name = name;
		this.kind = kind;
		this.isoCode = isoCode;
	}

	@SuppressWarnings("NullAway.Init")
	protected Actor() {
	}

	@Override
	public String getSlug() {
		return this.slug;
	}

	public String getName() {
		return this.name;
	}

	public ActorKind getKind() {
		return this.kind;
	}

	public @Nullable String getIsoCode() {
		return this.isoCode;
	}

	public @Nullable String getDescription() {
		return this.description;
	}

	public @Nullable String getAliases() {
		return this.aliases;
	}

	public boolean isPerson() {
		return this.kind == ActorKind.PERSON;
	}

	/**
	 * The country's flag as a pair of regional-indicator symbols, or an empty string for
	 * actors that are not countries.
	 */
	public String getFlag() {
		if (this.isoCode == null || this.isoCode.length() != 2) {
			return "";
		}
		String code = this.isoCode.toUpperCase(java.util.Locale.ROOT);
		return new String(Character.toChars(0x1F1E6 + code.charAt(0) - 'A'))
				+ new String(Character.toChars(0x1F1E6 + code.charAt(1) - 'A'));
	}

	/** Replaces what an editor can change, under the same rules as the constructor. */
	public void update(String slug, String name, ActorKind kind, @Nullable String isoCode,
			@Nullable String description) {
		check(slug, name, kind, isoCode);
		this.slug = slug;
		this.name = name;
		this.kind = kind;
		this.isoCode = isoCode;
		this.description = description;
	}

	public @Nullable String getWikidataQid() {
		return this.wikidataQid;
	}

	public @Nullable String getIsoAlpha3() {
		return this.isoAlpha3;
	}

	/** Sets the external identifiers: a Wikidata item and, for a country, ISO alpha-3. */
	public void identify(@Nullable String wikidataQid, @Nullable String isoAlpha3) {
		Assert.isTrue(wikidataQid == null || wikidataQid.matches("Q[1-9][0-9]*"), "not a Wikidata item");
		Assert.isTrue(isoAlpha3 == null || (this.kind == ActorKind.COUNTRY && isoAlpha3.matches("[A-Z]{3}")),
				"only countries have an ISO alpha-3 code");
		this.wikidataQid = wikidataQid;
		this.isoAlpha3 = isoAlpha3;
	}

	/** The rules every state of the record keeps, on creation and on every update. */
	private static void check(String slug, String name, ActorKind kind, @Nullable String isoCode) {
		Assert.hasText(slug, "slug is required");
		Assert.hasText(name, "name is required");
		Assert.isTrue(isoCode == null || kind == ActorKind.COUNTRY, "only countries have an ISO code");
	}

}
