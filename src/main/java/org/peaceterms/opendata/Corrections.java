package org.peaceterms.opendata;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The public log of corrections, from the audit history: every change an editor saved to
 * a record that had already been published (a new record is not a correction), newest
 * first, with when, which record, each changed field from what to what, and the reason
 * the editor gave. Only the records' public fields are shown (the audit tables hold no
 * other); who made a change is not.
 */
@Component
class Corrections {

	/** The most corrections listed. */
	static final int LIMIT = 200;

	/** Record pages by table: the address prefix and the column that names the record. */
	private static final Map<String, String[]> PAGES = Map.of("actor", new String[] { "/actors/", "slug" }, "topic",
			new String[] { "/topics/", "slug" }, "proposal", new String[] { "/proposals/", "slug" }, "source",
			new String[] { "/sources/", "slug" }, "statement", new String[] { "/statements/", "id" });

	private final RecordRewind tables;

	private final JdbcTemplate jdbc;

	Corrections(RecordRewind tables, JdbcTemplate jdbc) {
		this.tables = tables;
		this.jdbc = jdbc;
	}

	/**
	 * One correction.
	 *
	 * @param revision the audit revision that saved it
	 * @param at when it was saved
	 * @param table the kind of record ({@code statement})
	 * @param id the record's id
	 * @param link the record's page, or {@code null} where it has none
	 * @param changes the fields that changed
	 * @param reason the editor's reason, where one was given
	 */
	record Correction(long revision, Instant at, String table, long id, @Nullable String link, List<Change> changes,
			@Nullable String reason) {

		/** Whether the change retired the record. */
		boolean retirement() {
			return this.changes.stream()
				.anyMatch((change) -> change.field().equals("retired") && "true".equals(change.after()));
		}

	}

	/** One field's change. */
	record Change(String field, @Nullable String before, @Nullable String after) {

	}

	/** The latest corrections, newest first. */
	List<Correction> latest() {
		List<Correction> all = new ArrayList<>();
		for (RecordRewind.Table table : this.tables.tables()) {
			if (!table.keys().equals(List.of("id"))) {
				continue;
			}
			String columns = String.join(", ", table.columns().stream().map((column) -> "a." + column).toList());
			List<Map<String, Object>> rows = this.jdbc.queryForList("select a.rev as rev_, r.created_at as at_, "
					+ "r.reason as reason_, " + columns + ", (select max(p.rev) from " + table.name()
					+ "_aud p where p.id = a.id and p.rev < a.rev) as previous_ from " + table.name()
					+ "_aud a join revision r on r.id = a.rev where a.revtype = 1 order by a.rev desc fetch first "
					+ LIMIT + " rows only");
			for (Map<String, Object> row : rows) {
				Object previousRev = row.get("previous_");
				if (previousRev == null) {
					continue;
				}
				Map<String, Object> before = this.jdbc.queryForMap("select " + String.join(", ", table.columns())
						+ " from " + table.name() + "_aud where id = ? and rev = ?", row.get("id"), previousRev);
				List<Change> changes = new ArrayList<>();
				for (String column : table.columns()) {
					String old = text(before.get(column));
					String now = text(row.get(column));
					if (!Objects.equals(old, now)) {
						changes.add(new Change(column, old, now));
					}
				}
				if (changes.isEmpty()) {
					continue;
				}
				long id = ((Number) Objects.requireNonNull(row.get("id"))).longValue();
				all.add(new Correction(((Number) Objects.requireNonNull(row.get("rev_"))).longValue(),
						Instant.ofEpochMilli(((Number) Objects.requireNonNull(row.get("at_"))).longValue()),
						table.name(), id, link(table.name(), row), changes, (String) row.get("reason_")));
			}
		}
		all.sort(Comparator.comparing(Correction::revision).thenComparing(Correction::table).reversed());
		return all.subList(0, Math.min(LIMIT, all.size()));
	}

	private static @Nullable String link(String table, Map<String, Object> row) {
		String[] page = PAGES.get(table);
		return (page != null && row.get(page[1]) != null) ? page[0] + row.get(page[1]) : null;
	}

	private static @Nullable String text(@Nullable Object value) {
		if (value == null) {
			return null;
		}
		return (value instanceof java.math.BigDecimal decimal) ? decimal.stripTrailingZeros().toPlainString()
				: value.toString();
	}

}
