package org.peaceterms.shared;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * How many rows of some kind belong to the record with this id: the result row of a
 * {@code group by} count query, for lists that show "cited by 12 statements".
 */
public record IdCount(Long id, long count) {

	/** The counts keyed by id. */
	public static Map<Long, Long> byId(List<IdCount> rows) {
		return rows.stream().collect(Collectors.toMap(IdCount::id, IdCount::count));
	}

}
