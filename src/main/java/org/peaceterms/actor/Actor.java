package org.peaceterms.actor;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;
import org.peaceterms.shared.AuditedEntity;
import org.springframework.util.Assert;

/**
 * A country, a person, an organisation (EU, NATO) or a coalition: anyone who proposes,
 * endorses, commits, says or holds a position. A person's offices over time are
 * {@link Office}s.
 */
@Entity
@Table(name = "actor")
@Audited
public class Actor extends AuditedEntity {

	@Column(nullable = false, unique = true, length = 120)
	private String slug;

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

	public Actor(String slug, String name, ActorKind kind, @Nullable String isoCode) {
		Assert.hasText(slug, "slug is required");
		Assert.hasText(name, "name is required");
		Assert.isTrue(isoCode == null || kind == ActorKind.COUNTRY, "only countries have an ISO code");
		this.slug = slug;
		this.name = name;
		this.kind = kind;
		this.isoCode = isoCode;
	}

	@SuppressWarnings("NullAway.Init")
	protected Actor() {
	}

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
		Assert.hasText(slug, "slug is required");
		Assert.hasText(name, "name is required");
		Assert.isTrue(isoCode == null || kind == ActorKind.COUNTRY, "only countries have an ISO code");
		this.slug = slug;
		this.name = name;
		this.kind = kind;
		this.isoCode = isoCode;
		this.description = description;
	}

}
