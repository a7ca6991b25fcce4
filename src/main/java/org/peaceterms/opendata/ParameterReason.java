package org.peaceterms.opendata;

import org.jspecify.annotations.Nullable;
import org.peaceterms.shared.BadRequestException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.method.annotation.HandlerMethodValidationException;

/**
 * Why a request parameter was refused, as a problem's detail: the parameter's name and a
 * reason the application wrote ("speaker names no record", "from is not in the expected
 * form"), never the value sent, which Spring's own messages quote.
 */
final class ParameterReason {

	private static final String MALFORMED = "is not in the expected form";

	private ParameterReason() {
	}

	/** The detail for {@code ex}, or {@code null} when it is not a refused parameter. */
	static @Nullable String of(Exception ex) {
		if (ex instanceof BindException bind && bind.getFieldError() != null) {
			FieldError error = bind.getFieldError();
			TypeMismatchException mismatch = error.contains(TypeMismatchException.class)
					? error.unwrap(TypeMismatchException.class) : null;
			String reason = (mismatch != null) ? reason(mismatch) : error.getDefaultMessage();
			return error.getField() + " " + ((reason != null) ? reason : MALFORMED);
		}
		if (ex instanceof TypeMismatchException mismatch && mismatch.getPropertyName() != null) {
			return mismatch.getPropertyName() + " " + reason(mismatch);
		}
		if (ex instanceof HandlerMethodValidationException validation) {
			return validation.getParameterValidationResults()
				.stream()
				.findFirst()
				.map((result) -> result.getMethodParameter().getParameterName() + " "
						+ result.getResolvableErrors()
							.stream()
							.map(MessageSourceResolvable::getDefaultMessage)
							.findFirst()
							.orElse(MALFORMED))
				.orElse(null);
		}
		return null;
	}

	/** The reason a converter gave, or that the value is malformed. */
	private static String reason(TypeMismatchException mismatch) {
		for (Throwable cause = mismatch.getCause(); cause != null; cause = cause.getCause()) {
			if (cause instanceof BadRequestException bad && bad.getReason() != null) {
				return bad.getReason();
			}
		}
		return MALFORMED;
	}

}
