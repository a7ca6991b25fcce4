package org.peaceterms.statement;

import java.time.LocalDate;
import org.peaceterms.web.Links;

/**
 * A statement named from another record in the JSON API (a position's evidence), with its
 * JSON address.
 */
public record StatementRef(long id, LocalDate saidOn, String href) {

	public static StatementRef of(Statement statement) {
		return new StatementRef(statement.requireId(), statement.getSaidOn(),
				Links.api("statements", statement.requireId()));
	}

}
