package org.peaceterms.shared;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

/**
 * Base of every record editors change: an identity id, an optimistic-locking version (two
 * editors saving the same record get a conflict, not a silent overwrite), and a retired
 * flag, so that a delete is a reversible retirement. Subclasses are audited by Envers,
 * which keeps every revision.
 */
@MappedSuperclass
@Audited
public abstract class AuditedEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Version
	@Column(nullable = false)
	private long version;

	@Column(nullable = false)
	private boolean retired;

	public @Nullable Long getId() {
		return this.id;
	}

	/**
	 * The id of a saved record, for references in pages, downloads and feeds.
	 * @return the id
	 * @throws IllegalStateException if the record has not been saved yet
	 */
	public long requireId() {
		if (this.id == null) {
			throw new IllegalStateException(getClass().getSimpleName() + " has not been saved yet");
		}
		return this.id;
	}

	public long getVersion() {
		return this.version;
	}

	public boolean isRetired() {
		return this.retired;
	}

	/** Takes the record out of public view; {@link #restore()} brings it back. */
	public void retire() {
		this.retired = true;
	}

	public void restore() {
		this.retired = false;
	}

	/**
	 * Same class and same id. Compares the ids first and reads the classes without
	 * initialising Hibernate proxies, so that comparing many records (map keys, sets) is
	 * cheap.
	 */
	@Override
	public boolean equals(@Nullable Object other) {
		if (this == other) {
			return true;
		}
		if (!(other instanceof AuditedEntity that)) {
			return false;
		}
		Long id = getId();
		return id != null && id.equals(that.getId())
				&& org.hibernate.Hibernate.getClassLazy(this) == org.hibernate.Hibernate.getClassLazy(other);
	}

	@Override
	public int hashCode() {
		return org.hibernate.Hibernate.getClassLazy(this).hashCode();
	}

}
