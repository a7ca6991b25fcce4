package org.peaceterms.event;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.peaceterms.opendata.ApiPage;
import org.peaceterms.opendata.ApiPaging;
import org.peaceterms.shared.AsOf;
import org.peaceterms.shared.NotFoundException;
import org.peaceterms.web.Links;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The events in the JSON API, oldest first as on the timeline: those starting between
 * {@code from} and {@code to} (both optional, both inclusive), and never after
 * {@code asOf}.
 */
@RestController
class EventApiController {

	private static final Sort ORDER = Sort.by("startsOn", "slug");

	private static final LocalDate EARLIEST = LocalDate.of(1, 1, 1);

	private final EventRepository events;

	EventApiController(EventRepository events) {
		this.events = events;
	}

	@GetMapping(Links.API + "/events")
	@Transactional(readOnly = true)
	ApiPage<EventJson> list(AsOf asOf,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@ParameterObject ApiPaging paging) {
		LocalDate start = from;
		LocalDate end = to;
		LocalDate last = (end != null && end.isBefore(asOf.effective())) ? end : asOf.effective();
		return ApiPage.of(this.events.findByRetiredFalseAndStartsOnBetween((start != null) ? start : EARLIEST, last,
				paging.pageable(ORDER)), EventJson::of, paging);
	}

	@GetMapping(Links.API + "/events/{slug}")
	@Transactional(readOnly = true)
	EventJson show(@PathVariable String slug) {
		return this.events.findBySlug(slug)
			.filter((event) -> !event.isRetired())
			.map(EventJson::of)
			.orElseThrow(() -> new NotFoundException("Event"));
	}

}
