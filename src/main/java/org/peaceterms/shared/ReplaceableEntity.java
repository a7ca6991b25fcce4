package org.peaceterms.shared;

import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import java.util.function.Function;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;
import org.springframework.util.Assert;

/**
 * A record with a public address by slug (actor, topic, proposal, event, source): when an
 * editor retires it, it may name the record of the same kind that replaced it, and its
 * old address then answers 410 Gone with a link there. The column is
 * {@code replaced_by_id} in each record's table, audited like the rest.
 *
 * @param <T> the record type, which only a record of its own kind replaces
 */
@MappedSuperclass
@Audited
public abstract class ReplaceableEntity<T extends ReplaceableEntity<T>> extends AuditedEntity {

	/**
	 * The record that replaced this one when it was retired: its old address points
	 * there.
	 */
	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "replaced_by_id")
	private @Nullable T replacedBy;

	/** The record's address segment, unique among its kind and never reused. */
	public abstract String getSlug();

	public @Nullable T getReplacedBy() {
		return this.replacedBy;
	}

	/**
	 * Retires the record in favour of {@code replacement} (or of none): its address
	 * answers 410 Gone with a link to the replacement, and its slug is never reused.
	 */
	public void retire(@Nullable T replacement) {
		Assert.isTrue(replacement == null || replacement != this, "a record cannot replace itself");
		retire();
		this.replacedBy = replacement;
	}

	@Override
	public void restore() {
		super.restore();
		this.replacedBy = null;
	}

	/**
	 * {@code record} unless it is retired; a retired one is a {@link GoneException} whose
	 * link is {@code address} of its replacement's slug, where it has one.
	 */
	public static <T extends ReplaceableEntity<T>> T unlessRetired(T record, String what,
			Function<String, String> address) {
		return GoneException.unlessRetired(record, what, (retired) -> (retired.getReplacedBy() != null)
				? address.apply(retired.getReplacedBy().getSlug()) : null);
	}

}
