package org.peaceterms.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What every dated claim carries besides its source: how precise its date is, the passage
 * of the source that supports it (shown as "How we know"), and a confidence apart from
 * the source's reliability. Embedded in statements, positions, events, proposals,
 * commitments and endorsements under the same column names.
 */
@Embeddable
public class Sourcing {

	@Enumerated(EnumType.STRING)
	@Column(name = "date_precision", nullable = false, length = 10)
	private DatePrecision datePrecision = DatePrecision.DAY;

	@Enumerated(EnumType.STRING)
	@Column(name = "date_qualifier", nullable = false, length = 20)
	private DateQualifier dateQualifier = DateQualifier.EXACT;

	@Column(name = "excerpt", length = 4000)
	private @Nullable String excerpt;

	@Enumerated(EnumType.STRING)
	@Column(name = "confidence", nullable = false, length = 20)
	private Confidence confidence = Confidence.SINGLE_SOURCE;

	public Sourcing(@Nullable DatePrecision datePrecision, @Nullable DateQualifier dateQualifier,
			@Nullable String excerpt, @Nullable Confidence confidence) {
		this.datePrecision = (datePrecision != null) ? datePrecision : DatePrecision.DAY;
		this.dateQualifier = (dateQualifier != null) ? dateQualifier : DateQualifier.EXACT;
		this.excerpt = (excerpt != null && !excerpt.isBlank()) ? excerpt.strip() : null;
		this.confidence = (confidence != null) ? confidence : Confidence.SINGLE_SOURCE;
	}

	/** An exact day, no excerpt, a single source. */
	public Sourcing() {
	}

	public DatePrecision getDatePrecision() {
		return this.datePrecision;
	}

	public DateQualifier getDateQualifier() {
		return this.dateQualifier;
	}

	public @Nullable String getExcerpt() {
		return this.excerpt;
	}

	public Confidence getConfidence() {
		return this.confidence;
	}

	/** The given day at this precision and qualifier. */
	public FuzzyDate date(LocalDate day) {
		return new FuzzyDate(day, this.datePrecision, this.dateQualifier);
	}

}
