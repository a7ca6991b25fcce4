package org.peaceterms.topic;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.peaceterms.web.Links;

/**
 * A {@link Topic} as the JSON API gives it: the question a stance answers and the levels
 * of its ladder, lowest first.
 */
public record TopicJson(String slug, String name, @Nullable String description, @Nullable String question,
		Ladder ladder, List<Stance> levels, int sortOrder, Map<String, String> links) {

	public static TopicJson of(Topic topic) {
		String slug = topic.getSlug();
		return new TopicJson(slug, topic.getName(), topic.getDescription(), topic.getQuestion(), topic.getLadder(),
				topic.getLadder().levels(), topic.getSortOrder(),
				Links.of("self", Links.api("topics", slug), "html", Links.page("topics", slug), "positions",
						Links.api("positions") + "?topic=" + slug, "statements",
						Links.api("statements") + "?topic=" + slug, "provisions",
						Links.api("provisions") + "?topic=" + slug));
	}

}
