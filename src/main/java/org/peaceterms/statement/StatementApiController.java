package org.peaceterms.statement;

import jakarta.validation.Valid;
import org.peaceterms.opendata.ApiPage;
import org.peaceterms.opendata.ApiPaging;
import org.peaceterms.shared.AsOf;
import org.peaceterms.shared.NotFoundException;
import org.peaceterms.web.Links;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
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

	StatementApiController(StatementRepository statements) {
		this.statements = statements;
	}

	@GetMapping(Links.API + "/statements")
	@Transactional(readOnly = true)
	ApiPage<StatementJson> list(AsOf asOf, @ParameterObject @Valid StatementFilter filter,
			@ParameterObject ApiPaging paging) {
		StatementCriteria criteria = filter.criteria(asOf.effective());
		return ApiPage.of(
				this.statements.findAll(criteria.specification(), paging.pageable(StatementCriteria.NEWEST_FIRST)),
				StatementJson::of, paging);
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
