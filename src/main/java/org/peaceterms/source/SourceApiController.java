package org.peaceterms.source;

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
 * The sources in the JSON API: every document the tracker cites, newest first. With
 * {@code asOf}, only those published by then.
 */
@RestController
class SourceApiController {

	private static final Sort ORDER = Sort.by(Sort.Order.desc("publishedOn"), Sort.Order.asc("slug"));

	private final SourceRepository sources;

	SourceApiController(SourceRepository sources) {
		this.sources = sources;
	}

	@GetMapping(Links.API + "/sources")
	@Transactional(readOnly = true)
	ApiPage<SourceJson> list(AsOf asOf, @RequestParam(required = false) @Nullable String page,
			@RequestParam(required = false) @Nullable String size, HttpServletRequest request) {
		ApiPaging paging = ApiPaging.parse(page, size);
		return ApiPage.of(
				this.sources.findByRetiredFalseAndPublishedOnLessThanEqual(asOf.effective(), paging.pageable(ORDER)),
				SourceJson::of, paging, request);
	}

	@GetMapping(Links.API + "/sources/{slug}")
	@Transactional(readOnly = true)
	SourceJson show(@PathVariable String slug) {
		return this.sources.findBySlug(slug)
			.filter((source) -> !source.isRetired())
			.map(SourceJson::of)
			.orElseThrow(() -> new NotFoundException("Source"));
	}

}
