package org.peaceterms.shared;

import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.server.ResponseStatusException;

/**
 * 410 Gone for the address of a retired record: ids and slugs are never reused, so a
 * retired record's address stays taken and says so, with a link to the record that
 * replaced it where there is one ({@code Link: <...>; rel="successor-version"}, and
 * {@code replacedBy} for the error page and the API problem).
 */
public class GoneException extends ResponseStatusException {

	/** The request attribute (and problem property) holding the replacement's address. */
	public static final String REPLACED_BY = "replacedBy";

	private final @Nullable String replacedBy;

	public GoneException(String what, @Nullable String replacedBy) {
		super(HttpStatus.GONE, what + " was retired" + ((replacedBy != null) ? "; see " + replacedBy : ""));
		this.replacedBy = replacedBy;
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request != null && replacedBy != null) {
			request.setAttribute(REPLACED_BY, replacedBy, RequestAttributes.SCOPE_REQUEST);
		}
	}

	/**
	 * {@code record} unless it is retired; a retired one is a {@code GoneException} with
	 * the address {@code replacement} gives for it ({@code null} for none).
	 */
	public static <T extends AuditedEntity> T unlessRetired(T record, String what,
			Function<T, @Nullable String> replacement) {
		if (record.isRetired()) {
			throw new GoneException(what, replacement.apply(record));
		}
		return record;
	}

	/** The root-relative address of the record that replaced the retired one, if any. */
	public @Nullable String getReplacedBy() {
		return this.replacedBy;
	}

	@Override
	public HttpHeaders getHeaders() {
		HttpHeaders headers = new HttpHeaders();
		headers.putAll(super.getHeaders());
		if (this.replacedBy != null) {
			headers.add(HttpHeaders.LINK, "<" + this.replacedBy + ">; rel=\"successor-version\"");
		}
		return headers;
	}

}
