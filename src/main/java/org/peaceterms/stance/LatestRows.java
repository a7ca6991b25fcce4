package org.peaceterms.stance;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The rows a bounded chart keeps: the {@code max} whose latest change is the newest, in
 * the chart's own order, so that a page's size does not grow with the actors on record.
 */
final class LatestRows {

	private LatestRows() {
	}

	static <T> List<T> keep(List<T> rows, int max, Function<T, LocalDate> changed) {
		if (rows.size() <= max) {
			return rows;
		}
		Set<T> latest = Collections.newSetFromMap(new IdentityHashMap<>());
		rows.stream().sorted(Comparator.comparing(changed).reversed()).limit(max).forEach(latest::add);
		return rows.stream().filter(latest::contains).toList();
	}

}
