package org.peaceterms.topic;

import org.peaceterms.web.Links;

/** A topic named from another record in the JSON API, with its JSON address. */
public record TopicRef(String slug, String name, String href) {

	public static TopicRef of(Topic topic) {
		return new TopicRef(topic.getSlug(), topic.getName(), Links.api("topics", topic.getSlug()));
	}

}
