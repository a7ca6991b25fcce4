package org.peaceterms.shared;

import java.time.Instant;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The version of the data: the newest Envers revision. Every save creates a revision, so
 * the version changes with every edit, made on this instance or on any other sharing the
 * database, and it is read from the database on every call (one look-up by the revision
 * table's primary key), so that a save is visible on the very next request. Revision ids
 * are handed out when a save starts, not when it commits: of two saves running at once
 * the one with the lower id may commit last, leaving the newest id as it was. The version
 * therefore also counts the revisions among the newest {@value #WINDOW} ids, which the
 * late commit changes. A migration that changes data must add a revision too (V11 does).
 */
@Component
public class DataVersion {

	/** How far back (in revision ids) a save committed out of order is noticed. */
	static final int WINDOW = 1000;

	private static final String NEWEST = "select r.id, r.created_at, (select count(*) from revision q where q.id > r.id - "
			+ WINDOW + ") from revision r order by r.id desc fetch first 1 rows only";

	private final JdbcTemplate jdbc;

	DataVersion(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The newest revision and when it was saved; revision 0 on an empty database. Read
	 * once per reading request (GET, HEAD) and kept for the rest of it, so that the page
	 * cache, the page's citation and a download's ETag agree and cost one query between
	 * them; read afresh everywhere else.
	 */
	public Snapshot current() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request) {
			String method = request.getRequest().getMethod();
			if ("GET".equals(method) || "HEAD".equals(method)) {
				if (request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST) instanceof Snapshot kept) {
					return kept;
				}
				Snapshot snapshot = read();
				request.setAttribute(ATTRIBUTE, snapshot, RequestAttributes.SCOPE_REQUEST);
				return snapshot;
			}
		}
		return read();
	}

	private Snapshot read() {
		return this.jdbc.query(NEWEST,
				(rs) -> rs.next() ? new Snapshot(rs.getLong(1), rs.getLong(3), Instant.ofEpochMilli(rs.getLong(2)))
						: new Snapshot(0, 0, Instant.EPOCH));
	}

	/** The request attribute that keeps a reading request's snapshot. */
	private static final String ATTRIBUTE = DataVersion.class.getName() + ".snapshot";

	/**
	 * A version of the data.
	 *
	 * @param revision the newest revision's id
	 * @param recent how many revisions are on record among the newest ids (see
	 * {@link DataVersion})
	 * @param savedAt when the newest revision was saved
	 */
	public record Snapshot(long revision, long recent, Instant savedAt) {

		/** The version as one token, for ETags and cache keys. */
		public String token() {
			return this.revision + "." + this.recent;
		}

	}

}
