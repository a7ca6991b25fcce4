package org.peaceterms.explore;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.peaceterms.source.Reliability;
import org.peaceterms.source.Source;
import org.peaceterms.source.SourceKind;

/**
 * A row of the sources page's downloads ({@code /sources.csv}, {@code /sources.json}): a
 * source is itself the citation, so its outlet, title, date and URL are the citation
 * columns; the counts are how many facts on record cite it, as on the page.
 */
public record SourceRow(String slug, @Nullable String sourceOutlet, String sourceTitle, LocalDate sourcePublishedOn,
		@Nullable String sourceUrl, SourceKind kind, Reliability reliability, @Nullable String dateNote,
		long statements, long positions, long provisions, long commitments, long proposals, long events,
		long endorsements) {

	static SourceRow of(Source source, java.util.Map<String, java.util.Map<Long, Long>> counts) {
		long[] n = counts.values().stream().mapToLong((byId) -> byId.getOrDefault(source.getId(), 0L)).toArray();
		return new SourceRow(source.getSlug(), source.getOutlet(), source.getTitle(), source.getPublishedOn(),
				source.getUrl(), source.getKind(), source.getReliability(), source.getDateNote(), n[0], n[1], n[2],
				n[3], n[4], n[5], n[6]);
	}

}
