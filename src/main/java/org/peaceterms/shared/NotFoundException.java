package org.peaceterms.shared;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * No record at this address (an unknown or retired slug): answered with the friendly 404
 * page.
 */
public class NotFoundException extends ResponseStatusException {

	public NotFoundException(String what) {
		super(HttpStatus.NOT_FOUND, what + " not found");
	}

}
