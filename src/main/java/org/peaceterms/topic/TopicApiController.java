package org.peaceterms.topic;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.peaceterms.opendata.ApiPage;
import org.peaceterms.opendata.ApiPaging;
import org.peaceterms.shared.AsOf;
import org.peaceterms.shared.NotFoundException;
import org.peaceterms.web.Links;
import org.springframework.data.domain.Sort;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The topics in the JSON API, in the site's order. Topics carry no date, so {@code asOf}
 * is accepted (and checked) but changes nothing.
 */
@RestController
class TopicApiController {

	private static final Sort ORDER = Sort.by("sortOrder", "slug");

	private final TopicRepository topics;

	TopicApiController(TopicRepository topics) {
		this.topics = topics;
	}

	@GetMapping(Links.API + "/topics")
	@Transactional(readOnly = true)
	ApiPage<TopicJson> list(AsOf asOf, @RequestParam(required = false) @Nullable String page,
			@RequestParam(required = false) @Nullable String size, HttpServletRequest request) {
		ApiPaging paging = ApiPaging.parse(page, size);
		return ApiPage.of(this.topics.findByRetiredFalse(paging.pageable(ORDER)), TopicJson::of, paging, request);
	}

	@GetMapping(Links.API + "/topics/{slug}")
	@Transactional(readOnly = true)
	TopicJson show(@PathVariable String slug) {
		return this.topics.findBySlug(slug)
			.filter((topic) -> !topic.isRetired())
			.map(TopicJson::of)
			.orElseThrow(() -> new NotFoundException("Topic"));
	}

}
