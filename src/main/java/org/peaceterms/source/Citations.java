package org.peaceterms.source;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The citation columns of a download row whose fact rests on several sources: outlets,
 * titles, dates and URLs, each in the same order (oldest source first), so that the n-th
 * entries of the four belong together. A source without outlet or URL has an empty entry.
 */
public record Citations(List<String> outlets, List<String> titles, List<LocalDate> publishedOn, List<String> urls) {

	public static Citations of(Collection<Source> sources) {
		List<Citation> cited = Citation.of(sources);
		return new Citations(cited.stream().map((c) -> orEmpty(c.outlet())).toList(),
				cited.stream().map(Citation::title).toList(), cited.stream().map(Citation::publishedOn).toList(),
				cited.stream().map((c) -> orEmpty(c.url())).toList());
	}

	private static String orEmpty(@Nullable String value) {
		return (value != null) ? value : "";
	}

}
