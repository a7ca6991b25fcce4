package org.peaceterms.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;
import org.jspecify.annotations.Nullable;

/**
 * One Envers revision: when a change was saved and by whom. An identity id (rather than
 * the default sequence on PostgreSQL) lets one migration serve both H2 and PostgreSQL.
 */
@Entity
@Table(name = "revision")
@RevisionEntity(RevisionUserListener.class)
public class Revision {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@RevisionNumber
	private @Nullable Long id;

	@RevisionTimestamp
	@Column(name = "created_at", nullable = false)
	private long createdAt;

	@Column(length = 100)
	private @Nullable String username;

	protected Revision() {
	}

	public @Nullable Long getId() {
		return this.id;
	}

	public Instant getCreatedAt() {
		return Instant.ofEpochMilli(this.createdAt);
	}

	public @Nullable String getUsername() {
		return this.username;
	}

	void setUsername(@Nullable String username) {
		this.username = username;
	}

}
