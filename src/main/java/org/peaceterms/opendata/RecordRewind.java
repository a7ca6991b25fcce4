package org.peaceterms.opendata;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Puts the audited tables back to their state at an earlier audit revision, inside the
 * current transaction, so that every page and API answer computed in that transaction
 * shows the record as it was then. The transaction is always rolled back (see
 * {@link RecordedAtInterceptor}): nothing is ever written.
 * <p>
 * Every table with an Envers audit table ({@code
 *
<table>
 * _aud}) is rewound: rows that have an audit history are replaced by their last audited
 * state at the revision (and left out where they did not exist yet or were deleted); rows
 * without any audit history (none in practice: shipped rows have the baseline of
 * {@code V11}) stay as they are. The tables and their columns are read from the
 * database's metadata, so new columns and tables need no change here.
 */
@Component
class RecordRewind {

	private static final String SUFFIX = "_aud";

	private final JdbcTemplate jdbc;

	private volatile @Nullable List<Table> tables;

	RecordRewind(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * One audited table: its columns shared with the audit table, the columns that
	 * identify a row, and the columns that reference the table itself.
	 */
	record Table(String name, List<String> columns, List<String> keys, List<String> selfReferences) {

	}

	/** The last revision saved at or before {@code at}, with its time. */
	RecordedAt revisionAt(Instant at) {
		List<RecordedAt> found = this.jdbc.query(
				"select id, created_at from revision where id = (select max(id) from revision where created_at <= ?)",
				(rs, row) -> new RecordedAt(at, rs.getLong(1), Instant.ofEpochMilli(rs.getLong(2))), at.toEpochMilli());
		return found.isEmpty() ? new RecordedAt(at, 0, null) : found.get(0);
	}

	/**
	 * Rewinds every audited table to {@code revision}. Call inside a transaction that is
	 * rolled back.
	 */
	void rewind(long revision) {
		List<Table> ordered = tables();
		for (Table table : ordered) {
			for (String column : table.selfReferences()) {
				// A row may reference another row of its own table: unlink before
				// deleting.
				this.jdbc.update("update " + table.name() + " set " + column + " = null where " + column
						+ " is not null and exists (select 1 from " + table.name() + SUFFIX + " a where "
						+ match("a", table.name(), table.keys()) + ")");
			}
		}
		for (int i = ordered.size() - 1; i >= 0; i--) {
			Table table = ordered.get(i);
			this.jdbc.update("delete from " + table.name() + " where exists (select 1 from " + table.name() + SUFFIX
					+ " a where " + match("a", table.name(), table.keys()) + ")");
		}
		for (Table table : ordered) {
			String latest = table.name() + SUFFIX + " a where a.rev = (select max(b.rev) from " + table.name() + SUFFIX
					+ " b where " + match("b", "a", table.keys()) + " and b.rev <= ?) and a.revtype <> 2";
			String values = table.columns()
				.stream()
				.map((column) -> table.selfReferences().contains(column) ? "null" : "a." + column)
				.collect(Collectors.joining(", "));
			this.jdbc.update("insert into " + table.name() + " (" + String.join(", ", table.columns()) + ") select "
					+ values + " from " + latest, revision);
			for (String column : table.selfReferences()) {
				this.jdbc.update(
						"update " + table.name() + " set " + column + " = (select a." + column + " from " + latest
								+ " and " + match("a", table.name(), table.keys()) + ") where exists (select 1 from "
								+ table.name() + SUFFIX + " c where " + match("c", table.name(), table.keys()) + ")",
						revision);
			}
		}
	}

	private static String match(String alias, String other, List<String> keys) {
		return keys.stream()
			.map((key) -> alias + "." + key + " = " + other + "." + key)
			.collect(Collectors.joining(" and "));
	}

	/** The audited tables, parents before the tables that reference them. */
	List<Table> tables() {
		List<Table> known = this.tables;
		if (known == null) {
			known = this.jdbc.execute((ConnectionCallback<List<Table>>) RecordRewind::read);
			this.tables = known;
		}
		return known;
	}

	private static List<Table> read(Connection connection) throws SQLException {
		DatabaseMetaData meta = connection.getMetaData();
		String schema = connection.getSchema();
		Set<String> names = new LinkedHashSet<>();
		try (ResultSet rs = meta.getTables(null, schema, "%", new String[] { "TABLE" })) {
			while (rs.next()) {
				names.add(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
			}
		}
		Map<String, Table> tables = new LinkedHashMap<>();
		Map<String, Set<String>> parents = new HashMap<>();
		for (String name : names) {
			if (name.endsWith(SUFFIX) || !names.contains(name + SUFFIX)) {
				continue;
			}
			List<String> audited = columns(meta, schema, name + SUFFIX);
			List<String> columns = columns(meta, schema, name).stream().filter(audited::contains).toList();
			List<String> keys = new ArrayList<>();
			try (ResultSet rs = meta.getPrimaryKeys(null, schema, identifier(meta, name + SUFFIX))) {
				while (rs.next()) {
					String key = rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT);
					if (!key.equals("rev")) {
						keys.add(key);
					}
				}
			}
			List<String> self = new ArrayList<>();
			Set<String> references = new LinkedHashSet<>();
			try (ResultSet rs = meta.getImportedKeys(null, schema, identifier(meta, name))) {
				while (rs.next()) {
					String parent = rs.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT);
					if (parent.equals(name)) {
						self.add(rs.getString("FKCOLUMN_NAME").toLowerCase(Locale.ROOT));
					}
					else {
						references.add(parent);
					}
				}
			}
			tables.put(name, new Table(name, columns, keys, self));
			parents.put(name, references);
		}
		List<Table> ordered = new ArrayList<>();
		Set<String> placed = new LinkedHashSet<>();
		while (placed.size() < tables.size()) {
			int before = placed.size();
			for (Table table : tables.values()) {
				if (!placed.contains(table.name()) && parents.getOrDefault(table.name(), Set.of())
					.stream()
					.allMatch((parent) -> placed.contains(parent) || !tables.containsKey(parent))) {
					placed.add(table.name());
					ordered.add(table);
				}
			}
			if (placed.size() == before) {
				throw new IllegalStateException("audited tables reference each other in a cycle: " + tables.keySet());
			}
		}
		return List.copyOf(ordered);
	}

	private static List<String> columns(DatabaseMetaData meta, String schema, String table) throws SQLException {
		List<String> columns = new ArrayList<>();
		try (ResultSet rs = meta.getColumns(null, schema, identifier(meta, table), "%")) {
			while (rs.next()) {
				String column = rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT);
				if (!column.equals("rev") && !column.equals("revtype")) {
					columns.add(column);
				}
			}
		}
		return columns;
	}

	private static String identifier(DatabaseMetaData meta, String name) throws SQLException {
		return meta.storesUpperCaseIdentifiers() ? name.toUpperCase(Locale.ROOT) : name;
	}

}
