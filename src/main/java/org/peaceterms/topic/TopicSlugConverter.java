package org.peaceterms.topic;

import org.peaceterms.web.SlugConverter;
import org.springframework.stereotype.Component;

/** Binds a request parameter such as {@code topic=…} to the topic its slug names. */
@Component
class TopicSlugConverter extends SlugConverter<Topic> {

	TopicSlugConverter(TopicRepository topics) {
		super(Topic.class, topics::findBySlug);
	}

}
