package org.peaceterms.actor;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;
import org.peaceterms.opendata.ApiPage;
import org.peaceterms.opendata.ApiPaging;
import org.peaceterms.shared.AsOf;
import org.peaceterms.shared.NotFoundException;
import org.peaceterms.shared.ReplaceableEntity;
import org.peaceterms.web.Links;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The actors in the JSON API, by name, optionally of one {@code kind}. Actors carry no
 * date, so {@code asOf} is accepted (and checked) but changes nothing. The detail adds a
 * person's offices.
 */
@RestController
class ActorApiController {

	private static final Sort ORDER = Sort.by("name", "slug");

	private final ActorRepository actors;

	private final OfficeRepository offices;

	ActorApiController(ActorRepository actors, OfficeRepository offices) {
		this.actors = actors;
		this.offices = offices;
	}

	@GetMapping(Links.API + "/actors")
	@Transactional(readOnly = true)
	ApiPage<ActorJson> list(AsOf asOf, @Parameter(schema = @Schema(implementation = ActorKind.class)) @RequestParam(
			required = false) @Nullable ActorKind kind, @ParameterObject ApiPaging paging) {
		ActorKind only = kind;
		Page<Actor> found = (only != null) ? this.actors.findByKindAndRetiredFalse(only, paging.pageable(ORDER))
				: this.actors.findByRetiredFalse(paging.pageable(ORDER));
		return ApiPage.of(found, ActorJson::of, paging);
	}

	@GetMapping(Links.API + "/actors/{slug}")
	@Transactional(readOnly = true)
	ActorJson show(@PathVariable String slug) {
		Actor actor = this.actors.findBySlug(slug)
			.map((found) -> ReplaceableEntity.unlessRetired(found, "Actor",
					(successor) -> Links.api("actors", successor)))
			.orElseThrow(() -> new NotFoundException("Actor"));
		return ActorJson.of(actor, this.offices.findByPerson(actor));
	}

}
