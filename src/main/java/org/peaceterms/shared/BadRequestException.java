package org.peaceterms.shared;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * A request parameter in the wrong form (a malformed date, an unknown filter value).
 * Answered with the friendly 400 page; the reason is logged, never shown.
 */
public class BadRequestException extends ResponseStatusException {

	public BadRequestException(String reason) {
		super(HttpStatus.BAD_REQUEST, reason);
	}

}
