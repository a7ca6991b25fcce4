package org.peaceterms.statement;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.peaceterms.actor.ActorRepository;
import org.peaceterms.opendata.ApiPage;
import org.peaceterms.opendata.ApiPaging;
import org.peaceterms.opendata.ApiParams;
import org.peaceterms.shared.AsOf;
import org.peaceterms.shared.NotFoundException;
import org.peaceterms.topic.TopicRepository;
import org.peaceterms.web.Links;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The statements in the JSON API, newest first, filtered as on the statements page: words
 * {@code q} in the text or context, {@code speaker}, {@code country} (said for it or by
 * it), {@code topic}, and the dates {@code from} and {@code to}; with {@code asOf}, only
 * what had been said by then.
 */
@RestController
class StatementApiController {

	private final StatementRepository statements;

	private final ActorRepository actors;

	private final TopicRepository topics;

	StatementApiController(StatementRepository statements, ActorRepository actors, TopicRepository topics) {
		this.statements = statements;
		this.actors = actors;
		this.topics = topics;
	}

	@GetMapping(Links.API + "/statements")
	@Transactional(readOnly = true)
	ApiPage<StatementJson> list(AsOf asOf, @RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable String speaker,
			@RequestParam(required = false) @Nullable String country,
			@RequestParam(required = false) @Nullable String topic,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
			@RequestParam(required = false) @Nullable String page,
			@RequestParam(required = false) @Nullable String size, HttpServletRequest request) {
		ApiPaging paging = ApiPaging.parse(page, size);
		StatementCriteria criteria = new StatementCriteria(ApiParams.text(q, "q"),
				ApiParams.record(speaker, "speaker", this.actors::findBySlug),
				ApiParams.record(country, "country", this.actors::findBySlug),
				ApiParams.record(topic, "topic", this.topics::findBySlug), ApiParams.date(from, "from"),
				ApiParams.date(to, "to"), asOf.effective());
		return ApiPage.of(
				this.statements.findAll(criteria.specification(), paging.pageable(StatementCriteria.NEWEST_FIRST)),
				StatementJson::of, paging, request);
	}

	@GetMapping(Links.API + "/statements/{id}")
	@Transactional(readOnly = true)
	StatementJson show(@PathVariable long id) {
		return this.statements.findById(id)
			.filter((statement) -> !statement.isRetired())
			.map(StatementJson::of)
			.orElseThrow(() -> new NotFoundException("Statement"));
	}

}
