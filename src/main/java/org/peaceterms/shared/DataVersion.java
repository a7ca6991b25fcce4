package org.peaceterms.shared;

import java.time.Instant;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The version of the data: the newest Envers revision. Every save creates a revision, so
 * the version changes with every edit, made on this instance or on any other sharing the
 * database, and it is read from the database on every call (one indexed look-up of the
 * revision table's primary key), so that a save is visible on the very next request. A
 * migration that changes data must add a revision too (V11 does).
 */
@Component
public class DataVersion {

	private static final String NEWEST = "select id, created_at from revision order by id desc fetch first 1 rows only";

	private final JdbcTemplate jdbc;

	DataVersion(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The newest revision and when it was saved; revision 0 on an empty database. */
	public Snapshot current() {
		return this.jdbc.query(NEWEST, (rs) -> rs.next()
				? new Snapshot(rs.getLong(1), Instant.ofEpochMilli(rs.getLong(2))) : new Snapshot(0, Instant.EPOCH));
	}

	/**
	 * A version of the data.
	 *
	 * @param revision the newest revision's id
	 * @param savedAt when it was saved
	 */
	public record Snapshot(long revision, Instant savedAt) {

	}

}
