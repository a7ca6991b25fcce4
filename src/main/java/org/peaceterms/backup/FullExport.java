package org.peaceterms.backup;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Everything an instance holds, as one document, and back: every table of the schema
 * (records, retired ones too, their relations, the Envers revisions and history, users
 * without password hashes), read and written through JDBC metadata so that a new table is
 * included without editing this. Import goes into an empty instance (nothing edited yet,
 * only the shipped data): it replaces the data tables, adds the exported users (with no
 * usable password: an administrator sets one), and restarts the id counters. Works on H2
 * and PostgreSQL alike, either way.
 */
@Component
public class FullExport {

	/** The document's format name, checked on import. */
	public static final String FORMAT = "peace-terms-tracker-export/1";

	private static final Logger logger = LoggerFactory.getLogger(FullExport.class);

	/** Bookkeeping, not data: migrations, sessions, locks, login counters. */
	private static final Set<String> SKIPPED = Set.of("flyway_schema_history", "login_throttle", "spring_session",
			"spring_session_attributes", "shedlock");

	private static final String USERS = "app_user";

	private final DataSource dataSource;

	private final TransactionTemplate transactions;

	FullExport(DataSource dataSource, PlatformTransactionManager transactions) {
		this.dataSource = dataSource;
		this.transactions = new TransactionTemplate(transactions);
	}

	/**
	 * The export: {@code format}, then {@code tables}, each with its {@code columns} and
	 * {@code rows} (values as JSON strings, numbers, booleans or null), parents before
	 * children.
	 */
	public Map<String, Object> export() {
		return this.transactions.execute((status) -> withConnection((connection) -> {
			Map<String, Object> tables = new LinkedHashMap<>();
			for (String table : tablesInOrder(connection)) {
				tables.put(table, dump(connection, table));
			}
			Map<String, Object> document = new LinkedHashMap<>();
			document.put("format", FORMAT);
			document.put("tables", tables);
			return document;
		}));
	}

	/**
	 * Whether nothing has been edited here yet: only shipped data, no revision by a user.
	 * The shipped data's own revisions (the migrations' re-audit and review) carry the
	 * names "shipped-data …", which no account can have (a user name has no space).
	 */
	public boolean isEmpty() {
		return Boolean.TRUE.equals(this.transactions.execute((status) -> withConnection((connection) -> {
			try (PreparedStatement query = connection
				.prepareStatement("select count(*) from revision where username is not null and username not like "
						+ "'shipped-data %'");
					ResultSet count = query.executeQuery()) {
				count.next();
				return count.getLong(1) == 0;
			}
		})));
	}

	/**
	 * Replaces this instance's data with the export's.
	 * @return the number of rows imported
	 * @throws IllegalArgumentException when the document is not an export
	 */
	@SuppressWarnings("unchecked")
	public int importAll(Map<String, Object> document) {
		if (!FORMAT.equals(document.get("format")) || !(document.get("tables") instanceof Map<?, ?>)) {
			throw new IllegalArgumentException("not a " + FORMAT + " document");
		}
		Map<String, Map<String, Object>> tables = (Map<String, Map<String, Object>>) document.get("tables");
		Integer imported = this.transactions.execute((status) -> withConnection((connection) -> {
			List<String> order = tablesInOrder(connection);
			List<String> children = new ArrayList<>(order);
			java.util.Collections.reverse(children);
			for (String table : children) {
				if (!table.equals(USERS)) {
					execute(connection, "delete from " + table);
				}
			}
			int rows = 0;
			for (String table : order) {
				Map<String, Object> data = tables.get(table);
				if (data != null) {
					rows += load(connection, table, (List<String>) data.getOrDefault("columns", List.of()),
							(List<List<Object>>) data.getOrDefault("rows", List.of()));
				}
			}
			restartIds(connection, order);
			return rows;
		}));
		logger.info("Imported {} rows into {} tables", imported, tables.size());
		return (imported != null) ? imported : 0;
	}

	private Map<String, Object> dump(Connection connection, String table) throws SQLException {
		List<String> columns = new ArrayList<>();
		List<List<Object>> rows = new ArrayList<>();
		boolean users = table.equals(USERS);
		String order = hasColumn(connection, table, "id") ? " order by id" : "";
		try (PreparedStatement query = connection.prepareStatement("select * from " + table + order);
				ResultSet result = query.executeQuery()) {
			ResultSetMetaData meta = result.getMetaData();
			List<Integer> kept = new ArrayList<>();
			for (int i = 1; i <= meta.getColumnCount(); i++) {
				String name = meta.getColumnLabel(i).toLowerCase(Locale.ROOT);
				if (users && (name.equals("password_hash") || name.equals("id"))) {
					continue;
				}
				columns.add(name);
				kept.add(i);
			}
			while (result.next()) {
				List<Object> row = new ArrayList<>();
				for (int i : kept) {
					row.add(encode(result.getObject(i)));
				}
				rows.add(row);
			}
		}
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("columns", columns);
		data.put("rows", rows);
		return data;
	}

	private static @Nullable Object encode(@Nullable Object value) {
		if (value == null || value instanceof Boolean || value instanceof String || value instanceof Integer
				|| value instanceof Long || value instanceof Short) {
			return value;
		}
		if (value instanceof BigDecimal decimal) {
			return decimal.toPlainString();
		}
		if (value instanceof java.sql.Date date) {
			return date.toLocalDate().toString();
		}
		if (value instanceof java.sql.Timestamp timestamp) {
			return timestamp.toLocalDateTime().toString();
		}
		if (value instanceof java.sql.Clob clob) {
			try {
				return clob.getSubString(1, (int) clob.length());
			}
			catch (SQLException ex) {
				throw new IllegalStateException(ex);
			}
		}
		return value.toString();
	}

	private int load(Connection connection, String table, List<String> exported, List<List<Object>> rows)
			throws SQLException {
		Map<String, Integer> types = columnTypes(connection, table);
		List<Integer> usable = new ArrayList<>();
		for (int i = 0; i < exported.size(); i++) {
			if (types.containsKey(exported.get(i))) {
				usable.add(i);
			}
		}
		Set<String> selfReferences = selfReferences(connection, table);
		boolean users = table.equals(USERS);
		List<String> names = new ArrayList<>();
		usable.forEach((i) -> names.add(exported.get(i)));
		if (users) {
			names.add("password_hash");
		}
		String insert = "insert into " + table + " (" + String.join(", ", names) + ") values ("
				+ String.join(", ", names.stream().map((name) -> "?").toList()) + ")";
		int count = 0;
		List<List<Object>> deferred = new ArrayList<>();
		try (PreparedStatement statement = connection.prepareStatement(insert)) {
			for (List<Object> row : rows) {
				if (users && exists(connection, String.valueOf(row.get(exported.indexOf("username"))))) {
					continue;
				}
				int parameter = 1;
				for (int i : usable) {
					String column = exported.get(i);
					Object value = selfReferences.contains(column) ? null : row.get(i);
					statement.setObject(parameter++, decode(value, typeOf(types, column)));
				}
				if (users) {
					// No password travels: the account needs a new one from an
					// administrator.
					statement.setString(parameter, "{none}exported-without-password");
				}
				statement.addBatch();
				if (!selfReferences.isEmpty()) {
					deferred.add(row);
				}
				count++;
			}
			statement.executeBatch();
		}
		for (String column : selfReferences) {
			try (PreparedStatement update = connection
				.prepareStatement("update " + table + " set " + column + " = ? where id = ?")) {
				for (List<Object> row : deferred) {
					Object value = row.get(exported.indexOf(column));
					if (value != null) {
						update.setObject(1, decode(value, typeOf(types, column)));
						update.setObject(2, decode(row.get(exported.indexOf("id")), typeOf(types, "id")));
						update.addBatch();
					}
				}
				update.executeBatch();
			}
		}
		return count;
	}

	private static int typeOf(Map<String, Integer> types, String column) {
		return types.getOrDefault(column, Types.VARCHAR);
	}

	private static @Nullable Object decode(@Nullable Object value, int type) {
		if (value == null) {
			return null;
		}
		String text = value.toString();
		return switch (type) {
			case Types.INTEGER, Types.SMALLINT, Types.TINYINT -> Integer.valueOf(text);
			case Types.BIGINT -> Long.valueOf(text);
			case Types.DECIMAL, Types.NUMERIC, Types.DOUBLE, Types.FLOAT, Types.REAL -> new BigDecimal(text);
			case Types.BOOLEAN, Types.BIT -> Boolean.valueOf(text);
			case Types.DATE -> LocalDate.parse(text);
			case Types.TIMESTAMP -> LocalDateTime.parse(text);
			case Types.TIMESTAMP_WITH_TIMEZONE -> OffsetDateTime.parse(text);
			default -> text;
		};
	}

	private boolean exists(Connection connection, String username) throws SQLException {
		try (PreparedStatement query = connection
			.prepareStatement("select count(*) from " + USERS + " where lower(username) = lower(?)")) {
			query.setString(1, username);
			try (ResultSet count = query.executeQuery()) {
				count.next();
				return count.getLong(1) > 0;
			}
		}
	}

	/** Lets the database hand out ids after the imported ones. */
	private void restartIds(Connection connection, List<String> tables) throws SQLException {
		boolean postgres = connection.getMetaData()
			.getDatabaseProductName()
			.toLowerCase(Locale.ROOT)
			.contains("postgres");
		for (String table : tables) {
			if (table.equals(USERS) || !isIdentity(connection, table)) {
				continue;
			}
			long max;
			try (PreparedStatement query = connection.prepareStatement("select coalesce(max(id), 0) from " + table);
					ResultSet result = query.executeQuery()) {
				result.next();
				max = result.getLong(1);
			}
			if (postgres) {
				if (max > 0) {
					execute(connection, "select setval(pg_get_serial_sequence('" + table + "', 'id'), " + max + ")");
				}
			}
			else {
				execute(connection, "alter table " + table + " alter column id restart with " + (max + 1));
			}
		}
	}

	/** The schema's tables, each after every table it refers to. */
	private List<String> tablesInOrder(Connection connection) throws SQLException {
		DatabaseMetaData meta = connection.getMetaData();
		String schema = connection.getSchema();
		Map<String, Set<String>> parents = new LinkedHashMap<>();
		try (ResultSet tables = meta.getTables(connection.getCatalog(), schema, "%", new String[] { "TABLE" })) {
			while (tables.next()) {
				String name = tables.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
				if (!SKIPPED.contains(name)) {
					parents.put(name, new LinkedHashSet<>());
				}
			}
		}
		for (String table : parents.keySet()) {
			try (ResultSet keys = meta.getImportedKeys(connection.getCatalog(), schema, stored(meta, table))) {
				while (keys.next()) {
					String parent = keys.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT);
					if (!parent.equals(table) && parents.containsKey(parent)) {
						parents.get(table).add(parent);
					}
				}
			}
		}
		List<String> order = new ArrayList<>();
		Set<String> done = new LinkedHashSet<>();
		for (String table : parents.keySet().stream().sorted().toList()) {
			visit(table, parents, done, order, new LinkedHashSet<>());
		}
		return order;
	}

	private static void visit(String table, Map<String, Set<String>> parents, Set<String> done, List<String> order,
			Set<String> path) {
		if (done.contains(table) || !path.add(table)) {
			return;
		}
		for (String parent : parents.getOrDefault(table, Set.of())) {
			visit(parent, parents, done, order, path);
		}
		done.add(table);
		order.add(table);
	}

	private Set<String> selfReferences(Connection connection, String table) throws SQLException {
		DatabaseMetaData meta = connection.getMetaData();
		Set<String> columns = new LinkedHashSet<>();
		try (ResultSet keys = meta.getImportedKeys(connection.getCatalog(), connection.getSchema(),
				stored(meta, table))) {
			while (keys.next()) {
				if (keys.getString("PKTABLE_NAME").equalsIgnoreCase(table)) {
					columns.add(keys.getString("FKCOLUMN_NAME").toLowerCase(Locale.ROOT));
				}
			}
		}
		return columns;
	}

	private Map<String, Integer> columnTypes(Connection connection, String table) throws SQLException {
		DatabaseMetaData meta = connection.getMetaData();
		Map<String, Integer> types = new LinkedHashMap<>();
		try (ResultSet columns = meta.getColumns(connection.getCatalog(), connection.getSchema(), stored(meta, table),
				"%")) {
			while (columns.next()) {
				types.put(columns.getString("COLUMN_NAME").toLowerCase(Locale.ROOT), columns.getInt("DATA_TYPE"));
			}
		}
		return types;
	}

	private boolean hasColumn(Connection connection, String table, String column) throws SQLException {
		return columnTypes(connection, table).containsKey(column);
	}

	private boolean isIdentity(Connection connection, String table) throws SQLException {
		DatabaseMetaData meta = connection.getMetaData();
		try (ResultSet columns = meta.getColumns(connection.getCatalog(), connection.getSchema(), stored(meta, table),
				stored(meta, "id"))) {
			return columns.next() && "YES".equalsIgnoreCase(columns.getString("IS_AUTOINCREMENT"));
		}
	}

	/** A name as the database stores it (H2 upper-cases unquoted names). */
	private static String stored(DatabaseMetaData meta, String name) throws SQLException {
		return meta.storesUpperCaseIdentifiers() ? name.toUpperCase(Locale.ROOT) : name;
	}

	private static void execute(Connection connection, String sql) throws SQLException {
		try (var statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	private <T> T withConnection(SqlWork<T> work) {
		Connection connection = DataSourceUtils.getConnection(this.dataSource);
		try {
			return work.run(connection);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("export/import failed: " + ex.getMessage(), ex);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, this.dataSource);
		}
	}

	@FunctionalInterface
	private interface SqlWork<T> {

		T run(Connection connection) throws SQLException;

	}

}
