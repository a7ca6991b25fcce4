package org.peaceterms.opendata;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jspecify.annotations.Nullable;
import org.peaceterms.opendata.ReleaseTable.Field;
import org.peaceterms.opendata.ReleaseTable.ForeignKey;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Makes the files of a data release from the database: the whole public dataset as a
 * Frictionless Data Package (v2): a zip of {@code datapackage.json} with a Table Schema
 * for every table and one CSV file per table, and the same package as one JSON document
 * with the rows inline. Retired records are left out, and so is every row that would
 * point at one (an optional reference to a retired record is left empty), so that every
 * foreign key of the package resolves.
 */
@Component
class ReleaseBuilder {

	/** The package's name, also the start of the release files' names. */
	static final String PACKAGE = "peace-terms-tracker";

	static final String PROFILE = "https://datapackage.org/profiles/2.0/datapackage.json";

	private final JdbcClient jdbc;

	private final JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	ReleaseBuilder(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The files of one release. */
	record Files(byte[] zip, byte[] json, String contentSha256, @Nullable Long revision) {

	}

	/** The tables' rows, read and filtered; their hash says whether the data changed. */
	record Snapshot(Map<String, List<Map<String, @Nullable Object>>> rows, Map<String, byte[]> csv,
			String contentSha256, @Nullable Long revision) {

	}

	/** Reads every table of {@link ReleaseTables#ALL}. Call inside a transaction. */
	Snapshot read() {
		Long revision = this.jdbc.sql("select max(id) from revision").query(Long.class).optional().orElse(null);
		Map<String, List<Map<String, @Nullable Object>>> rows = new LinkedHashMap<>();
		Map<String, Set<Object>> ids = new HashMap<>();
		for (ReleaseTable table : ReleaseTables.ALL) {
			List<Map<String, @Nullable Object>> read = resolve(table, query(table), ids);
			rows.put(table.name(), read);
			if (table.primaryKey().equals(List.of("id"))) {
				ids.put(table.name(), read.stream().map((row) -> row.get("id")).collect(Collectors.toSet()));
			}
		}
		Map<String, byte[]> csv = new LinkedHashMap<>();
		MessageDigest content = sha256();
		for (ReleaseTable table : ReleaseTables.ALL) {
			byte[] bytes = csv(table, rows.getOrDefault(table.name(), List.of()));
			csv.put(table.name(), bytes);
			content.update(table.name().getBytes(StandardCharsets.UTF_8));
			content.update(bytes);
		}
		return new Snapshot(rows, csv, HexFormat.of().formatHex(content.digest()), revision);
	}

	/** The release files for {@code snapshot}, named {@code name}, made at {@code at}. */
	Files write(Snapshot snapshot, String name, Instant at) {
		Instant created = at.truncatedTo(ChronoUnit.SECONDS);
		Map<String, Object> descriptor = descriptor(name, created, snapshot, false);
		byte[] datapackage = this.json.writeValueAsBytes(descriptor);
		ByteArrayOutputStream zipBytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(zipBytes)) {
			String folder = PACKAGE + "-" + name + "/";
			entry(zip, folder + "datapackage.json", datapackage, created);
			entry(zip, folder + "README.md", readme(name, created).getBytes(StandardCharsets.UTF_8), created);
			for (ReleaseTable table : ReleaseTables.ALL) {
				entry(zip, folder + path(table), snapshot.csv().getOrDefault(table.name(), new byte[0]), created);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		byte[] inline = this.json.writeValueAsBytes(descriptor(name, created, snapshot, true));
		return new Files(zipBytes.toByteArray(), inline, snapshot.contentSha256(), snapshot.revision());
	}

	static String path(ReleaseTable table) {
		return "data/" + table.name() + ".csv";
	}

	private List<Map<String, @Nullable Object>> query(ReleaseTable table) {
		String columns = table.fields().stream().map(Field::column).collect(Collectors.joining(", "));
		String order = table.primaryKey()
			.stream()
			.map((key) -> table.field(key).column())
			.collect(Collectors.joining(", "));
		String sql = "select " + columns + " from " + table.sqlTable()
				+ (table.retirable() ? " where retired = false" : "") + " order by " + order;
		return this.jdbc.sql(sql).query((rs, number) -> row(table, rs)).list();
	}

	private static Map<String, @Nullable Object> row(ReleaseTable table, ResultSet rs) throws SQLException {
		Map<String, @Nullable Object> row = new LinkedHashMap<>();
		for (Field field : table.fields()) {
			Object value = switch (field.type()) {
				case INTEGER -> rs.getObject(field.column(), Long.class);
				case NUMBER -> rs.getBigDecimal(field.column());
				case BOOLEAN -> rs.getObject(field.column(), Boolean.class);
				case DATE -> rs.getObject(field.column(), LocalDate.class);
				case STRING -> rs.getString(field.column());
			};
			row.put(field.name(), value);
		}
		return row;
	}

	/**
	 * Keeps the rows whose references resolve: a required reference to a record that is
	 * not published drops the row, an optional one is left empty. References within the
	 * table (a proposal superseding another) are resolved against the table's own rows.
	 */
	private static List<Map<String, @Nullable Object>> resolve(ReleaseTable table,
			List<Map<String, @Nullable Object>> rows, Map<String, Set<Object>> ids) {
		List<Map<String, @Nullable Object>> kept = new ArrayList<>();
		for (Map<String, @Nullable Object> row : rows) {
			if (references(table, row, ids, false)) {
				kept.add(row);
			}
		}
		if (table.foreignKeys().stream().anyMatch((key) -> key.resource().equals(table.name()))) {
			Set<Object> own = kept.stream().map((row) -> row.get("id")).collect(Collectors.toCollection(HashSet::new));
			Map<String, Set<Object>> withOwn = new HashMap<>(ids);
			withOwn.put(table.name(), own);
			kept.removeIf((row) -> !references(table, row, withOwn, true));
		}
		return kept;
	}

	private static boolean references(ReleaseTable table, Map<String, @Nullable Object> row,
			Map<String, Set<Object>> ids, boolean own) {
		for (ForeignKey key : table.foreignKeys()) {
			if (key.resource().equals(table.name()) != own) {
				continue;
			}
			Object value = row.get(key.field());
			if (value == null || ids.getOrDefault(key.resource(), Set.of()).contains(value)) {
				continue;
			}
			if (table.field(key.field()).required()) {
				return false;
			}
			row.put(key.field(), null);
		}
		return true;
	}

	/**
	 * A table as RFC 4180 CSV: UTF-8, a header row, CRLF line ends, quoted where needed.
	 * Values are written as they are (no spreadsheet protection: a release is data for
	 * programs, and a Table Schema type must parse every value).
	 */
	static byte[] csv(ReleaseTable table, List<Map<String, @Nullable Object>> rows) {
		StringBuilder csv = new StringBuilder();
		csv.append(table.fields().stream().map((field) -> quote(field.name())).collect(Collectors.joining(",")))
			.append("\r\n");
		for (Map<String, @Nullable Object> row : rows) {
			csv.append(table.fields()
				.stream()
				.map((field) -> quote(text(row.get(field.name()))))
				.collect(Collectors.joining(","))).append("\r\n");
		}
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static String text(@Nullable Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof BigDecimal decimal) {
			return decimal.stripTrailingZeros().toPlainString();
		}
		return value.toString();
	}

	private static String quote(String text) {
		if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\r') >= 0 || text.indexOf('\n') >= 0) {
			return '"' + text.replace("\"", "\"\"") + '"';
		}
		return text;
	}

	private Map<String, Object> descriptor(String name, Instant created, Snapshot snapshot, boolean inline) {
		Map<String, Object> descriptor = new LinkedHashMap<>();
		descriptor.put("$schema", PROFILE);
		descriptor.put("name", PACKAGE);
		descriptor.put("id", PACKAGE + "-" + name);
		descriptor.put("title", "Peace Terms Tracker: terms of a Russia-Ukraine peace deal, release " + name);
		descriptor.put("description",
				"Who proposed what, who committed to what, and where each country stands on the terms of a "
						+ "Russia-Ukraine peace deal, over time, with a source behind every fact. The whole public "
						+ "dataset of the tracker as recorded at " + created
						+ (snapshot.revision() != null ? " (audit revision " + snapshot.revision() + ")" : "") + ". "
						+ DataLicence.QUOTATIONS);
		descriptor.put("version", name);
		descriptor.put("created", created.toString());
		descriptor.put("keywords",
				List.of("peace negotiations", "Russia", "Ukraine", "ceasefire", "security guarantees"));
		descriptor.put("licenses", List.of(licence()));
		descriptor.put("sources",
				List.of(Map.of("title",
						"The articles and documents listed in the sources table; every fact cites one of them", "path",
						"data/sources.csv")));
		descriptor.put("contributors",
				List.of(Map.of("title", "Peace Terms Tracker editors", "roles", List.of("creator"))));
		List<Map<String, Object>> resources = new ArrayList<>();
		for (ReleaseTable table : ReleaseTables.ALL) {
			Map<String, Object> resource = new LinkedHashMap<>();
			resource.put("name", table.name());
			resource.put("type", "table");
			if (inline) {
				resource.put("data", jsonRows(snapshot.rows().getOrDefault(table.name(), List.of())));
			}
			else {
				byte[] csv = snapshot.csv().getOrDefault(table.name(), new byte[0]);
				resource.put("path", path(table));
				resource.put("format", "csv");
				resource.put("mediatype", "text/csv");
				resource.put("encoding", "utf-8");
				resource.put("bytes", csv.length);
				resource.put("hash", "sha256:" + HexFormat.of().formatHex(sha256().digest(csv)));
			}
			resource.put("title", table.title());
			resource.put("description", table.description());
			resource.put("licenses", List.of(licence()));
			resource.put("schema", schema(table));
			resources.add(resource);
		}
		descriptor.put("resources", resources);
		return descriptor;
	}

	private static List<Map<String, @Nullable Object>> jsonRows(List<Map<String, @Nullable Object>> rows) {
		List<Map<String, @Nullable Object>> json = new ArrayList<>(rows.size());
		for (Map<String, @Nullable Object> row : rows) {
			Map<String, @Nullable Object> copy = new LinkedHashMap<>();
			row.forEach((key, value) -> copy.put(key, (value instanceof LocalDate date) ? date.toString()
					: (value instanceof BigDecimal decimal) ? decimal.stripTrailingZeros() : value));
			json.add(copy);
		}
		return json;
	}

	private static Map<String, Object> licence() {
		Map<String, Object> licence = new LinkedHashMap<>();
		licence.put("name", DataLicence.ID);
		licence.put("path", DataLicence.URL);
		licence.put("title", DataLicence.TITLE);
		return licence;
	}

	private static Map<String, Object> schema(ReleaseTable table) {
		Map<String, Object> schema = new LinkedHashMap<>();
		List<Map<String, Object>> fields = new ArrayList<>();
		for (Field field : table.fields()) {
			Map<String, Object> described = new LinkedHashMap<>();
			described.put("name", field.name());
			described.put("type", field.type().schemaName());
			if (field.format() != null) {
				described.put("format", field.format());
			}
			described.put("description", field.description());
			if (field.required()) {
				described.put("constraints", Map.of("required", true));
			}
			fields.add(described);
		}
		schema.put("fields", fields);
		schema.put("missingValues", List.of(""));
		schema.put("primaryKey", table.primaryKey());
		if (!table.foreignKeys().isEmpty()) {
			List<Map<String, Object>> keys = new ArrayList<>();
			for (ForeignKey key : table.foreignKeys()) {
				Map<String, Object> reference = new LinkedHashMap<>();
				if (!key.resource().equals(table.name())) {
					// Table Schema v2: a reference to the same table names no resource.
					reference.put("resource", key.resource());
				}
				reference.put("fields", List.of(key.referencedField()));
				keys.add(Map.of("fields", List.of(key.field()), "reference", reference));
			}
			schema.put("foreignKeys", keys);
		}
		return schema;
	}

	private static String readme(String name, Instant created) {
		return "# Peace Terms Tracker data, release " + name + "\n\n" + "Created " + created
				+ ". A Frictionless Data Package (v2): `datapackage.json` describes every table in `data/` "
				+ "(fields, types, primary and foreign keys).\n\n" + "Licence: " + DataLicence.TITLE + " ("
				+ DataLicence.ID + ", " + DataLicence.URL + "). Attribute \"" + DataLicence.ATTRIBUTION + "\". "
				+ DataLicence.QUOTATIONS + "\n\n"
				+ "The CSV files are RFC 4180 (UTF-8, CRLF, a header row); an empty cell is an absent value. "
				+ "Values are written unaltered: open them in a spreadsheet with care (a cell may start with `=`).\n";
	}

	private static void entry(ZipOutputStream zip, String name, byte[] bytes, Instant at) throws IOException {
		ZipEntry entry = new ZipEntry(name);
		entry.setTime(at.toEpochMilli());
		zip.putNextEntry(entry);
		zip.write(bytes);
		zip.closeEntry();
	}

	static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
