package org.peaceterms.source;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.peaceterms.web.Links;

/**
 * The citation a fact carries in the JSON API and the downloads: the source's slug,
 * outlet, title, publication date and URL, and the address of the source's own JSON
 * record.
 *
 * @param source the source's slug
 * @param outlet the outlet's name, {@code null} where the document names none
 * @param url the original's address, {@code null} where there is none
 * @param href the source's JSON record
 */
public record Citation(String source, @Nullable String outlet, String title, LocalDate publishedOn,
		@Nullable String url, String href) {

	public static Citation of(Source source) {
		return new Citation(source.getSlug(), source.getOutlet(), source.getTitle(), source.getPublishedOn(),
				source.getUrl(), Links.api("sources", source.getSlug()));
	}

	/** The citations of several sources, oldest first, then by slug. */
	public static List<Citation> of(Collection<Source> sources) {
		return sources.stream()
			.sorted(Comparator.comparing(Source::getPublishedOn).thenComparing(Source::getSlug))
			.map(Citation::of)
			.toList();
	}

}
