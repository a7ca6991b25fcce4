package org.peaceterms.actor;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;
import org.peaceterms.shared.AuditedEntity;
import org.peaceterms.source.Source;
import org.springframework.util.Assert;

/**
 * An office a person holds for a country or organisation over a period ("Chancellor of
 * Germany"). Open ends mean the articles give no date. Statements record their own "on
 * behalf of", so a new office holder never re-attributes what the previous one said.
 */
@Entity
@Table(name = "office")
@Audited
public class Office extends AuditedEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "person_id")
	private Actor person;

	@Column(nullable = false, length = 200)
	private String title;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "organisation_id")
	private @Nullable Actor organisation;

	@Column(name = "valid_from")
	private @Nullable LocalDate validFrom;

	@Column(name = "valid_to")
	private @Nullable LocalDate validTo;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "source_id")
	private @Nullable Source source;

	public Office(Actor person, String title, @Nullable Actor organisation, @Nullable LocalDate validFrom,
			@Nullable LocalDate validTo, @Nullable Source source) {
		check(person, title, validFrom, validTo);
		this.person = person;
		this.title = title;
		this.organisation = organisation;
		this.validFrom = validFrom;
		this.validTo = validTo;
		this.source = source;
	}

	@SuppressWarnings("NullAway.Init")
	protected Office() {
	}

	public Actor getPerson() {
		return this.person;
	}

	public String getTitle() {
		return this.title;
	}

	public @Nullable Actor getOrganisation() {
		return this.organisation;
	}

	public @Nullable LocalDate getValidFrom() {
		return this.validFrom;
	}

	public @Nullable LocalDate getValidTo() {
		return this.validTo;
	}

	public @Nullable Source getSource() {
		return this.source;
	}

	/** Whether the office was held on {@code date}; an open end counts as covering it. */
	public boolean isHeldOn(LocalDate date) {
		return (this.validFrom == null || !date.isBefore(this.validFrom))
				&& (this.validTo == null || !date.isAfter(this.validTo));
	}

	/** Replaces what an editor can change, under the same rules as the constructor. */
	public void update(Actor person, String title, @Nullable Actor organisation, @Nullable LocalDate validFrom,
			@Nullable LocalDate validTo, @Nullable Source source) {
		check(person, title, validFrom, validTo);
		this.person = person;
		this.title = title;
		this.organisation = organisation;
		this.validFrom = validFrom;
		this.validTo = validTo;
		this.source = source;
	}

	/** The rules every state of the record keeps, on creation and on every update. */
	private static void check(Actor person, String title, @Nullable LocalDate validFrom, @Nullable LocalDate validTo) {
		Assert.isTrue(person.isPerson(), "only a person holds an office");
		Assert.hasText(title, "title is required");
		Assert.isTrue(validFrom == null || validTo == null || !validTo.isBefore(validFrom),
				"an office cannot end before it starts");
	}

}
