package org.peaceterms.source;

import java.time.LocalDate;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.peaceterms.web.Links;

/**
 * A {@link Source} as the JSON API gives it: the document every fact cites, with its
 * kind, reliability tier and how its date was established.
 */
public record SourceJson(String slug, @Nullable String outlet, String title, @Nullable String url,
		LocalDate publishedOn, @Nullable String dateNote, SourceKind kind, Reliability reliability,
		Map<String, String> links) {

	public static SourceJson of(Source source) {
		return new SourceJson(source.getSlug(), source.getOutlet(), source.getTitle(), source.getUrl(),
				source.getPublishedOn(), source.getDateNote(), source.getKind(), source.getReliability(),
				Links.of("self", Links.api("sources", source.getSlug()), "html",
						Links.page("sources", source.getSlug())));
	}

}
