package org.peaceterms.opendata;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The stored data releases ({@code data_release}): every release's files byte for byte,
 * with their SHA-256 checksums and sizes. Releases are only ever added, never changed, so
 * a release's address gives the same bytes forever, on every instance of the app.
 */
@Repository
class DataReleases {

	private static final String SUMMARY = "select name, created_at, revision, content_sha256, zip_sha256, zip_size, "
			+ "json_sha256, json_size from data_release";

	private final JdbcClient jdbc;

	DataReleases(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * One release, without its files.
	 *
	 * @param name the release's name: the day it was made ({@code 2026-11-30}), with
	 * {@code .2}, {@code .3} for further releases on the same day
	 * @param createdAt when it was made
	 * @param revision the last audit revision it includes (its data is the record as of
	 * that revision)
	 */
	record Summary(String name, Instant createdAt, @Nullable Long revision, String contentSha256, String zipSha256,
			long zipSize, String jsonSha256, long jsonSize) {

	}

	/** Every release, newest first. */
	List<Summary> list() {
		return this.jdbc.sql(SUMMARY + " order by id desc").query(DataReleases::summary).list();
	}

	Optional<Summary> latest() {
		return this.jdbc.sql(SUMMARY + " order by id desc fetch first 1 rows only")
			.query(DataReleases::summary)
			.optional();
	}

	Optional<Summary> find(String name) {
		return this.jdbc.sql(SUMMARY + " where name = ?").param(name).query(DataReleases::summary).optional();
	}

	Optional<byte[]> zip(String name) {
		return this.jdbc.sql("select zip_data from data_release where name = ?")
			.param(name)
			.query((rs, row) -> rs.getBytes(1))
			.optional();
	}

	Optional<byte[]> json(String name) {
		return this.jdbc.sql("select json_data from data_release where name = ?")
			.param(name)
			.query((rs, row) -> rs.getBytes(1))
			.optional();
	}

	boolean exists(String name) {
		return this.jdbc.sql("select count(*) from data_release where name = ?")
			.param(name)
			.query(Long.class)
			.single() > 0;
	}

	void add(String name, Instant createdAt, ReleaseBuilder.Files files, String zipSha256, String jsonSha256,
			@Nullable String createdBy) {
		this.jdbc.sql(
				"insert into data_release (name, created_at, revision, content_sha256, zip_data, zip_sha256, zip_size, "
						+ "json_data, json_sha256, json_size, created_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.param(1, name)
			.param(2, Timestamp.from(createdAt))
			.param(3, files.revision(), java.sql.Types.BIGINT)
			.param(4, files.contentSha256())
			.param(5, files.zip())
			.param(6, zipSha256)
			.param(7, (long) files.zip().length)
			.param(8, files.json())
			.param(9, jsonSha256)
			.param(10, (long) files.json().length)
			.param(11, createdBy, java.sql.Types.VARCHAR)
			.update();
	}

	private static Summary summary(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		long revision = rs.getLong("revision");
		return new Summary(rs.getString("name"), rs.getTimestamp("created_at").toInstant(),
				rs.wasNull() ? null : revision, rs.getString("content_sha256"), rs.getString("zip_sha256"),
				rs.getLong("zip_size"), rs.getString("json_sha256"), rs.getLong("json_size"));
	}

}
