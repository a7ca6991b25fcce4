package org.peaceterms.opendata;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.peaceterms.shared.BadRequestException;
import org.peaceterms.shared.GoneException;
import org.peaceterms.shared.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.ModelAndView;

/**
 * Answers every failed request under {@code /api/} with an RFC 9457 problem
 * ({@code application/problem+json}): status, title and, for the 400s and 404s the
 * application raises itself ({@link BadRequestException}, {@link NotFoundException}),
 * their reason, which names the parameter or the kind of record and never echoes input.
 * No stack trace or exception message reaches the client. Requests for the site's pages
 * are left to the friendly HTML error pages: the handler rethrows, and Spring's default
 * resolvers take over.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblemHandler {

	private static final Logger logger = LoggerFactory.getLogger(ApiProblemHandler.class);

	/**
	 * A retired record: a problem in the API, the 410 page on the site (rendered here so
	 * that it can name the replacement), both with the {@code Link} to the replacement.
	 */
	@ExceptionHandler(GoneException.class)
	Object gone(GoneException ex, HttpServletRequest request, HttpServletResponse response) throws Exception {
		if (isApi(request)) {
			return problem(ex, request);
		}
		ModelAndView view = new ModelAndView("error/410", HttpStatus.GONE);
		if (ex.getReplacedBy() != null) {
			view.addObject(GoneException.REPLACED_BY, ex.getReplacedBy());
			ex.getHeaders().forEach((name, values) -> values.forEach((value) -> response.addHeader(name, value)));
		}
		return view;
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> problem(Exception ex, HttpServletRequest request) throws Exception {
		if (!isApi(request)) {
			throw ex;
		}
		HttpStatusCode status = statusOf(ex);
		ProblemDetail problem = ProblemDetail.forStatus(status);
		HttpStatus known = HttpStatus.resolve(status.value());
		problem.setTitle((known != null) ? known.getReasonPhrase() : "Error");
		if ((ex instanceof BadRequestException || ex instanceof NotFoundException)
				&& ex instanceof ErrorResponse response) {
			problem.setDetail(response.getBody().getDetail());
		}
		else if (ex instanceof GoneException gone) {
			problem.setDetail("This record was retired; its address is never reused.");
			if (gone.getReplacedBy() != null) {
				problem.setProperty(GoneException.REPLACED_BY, gone.getReplacedBy());
			}
		}
		else if (status.is4xxClientError()) {
			String reason = (status.value() == 400) ? ParameterReason.of(ex) : null;
			problem.setDetail((reason != null) ? reason : defaultDetail(status));
		}
		if (status.is5xxServerError()) {
			logger.error("API request failed: {}", request.getRequestURI(), ex);
		}
		HttpHeaders headers = new HttpHeaders();
		if (ex instanceof ErrorResponse response) {
			headers.putAll(response.getHeaders());
		}
		return ResponseEntity.status(status)
			.headers(headers)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

	private static boolean isApi(HttpServletRequest request) {
		return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
	}

	private static HttpStatusCode statusOf(Exception ex) {
		if (ex instanceof ErrorResponse response) {
			return response.getStatusCode();
		}
		if (ex instanceof TypeMismatchException || ex instanceof ServletRequestBindingException) {
			return HttpStatus.BAD_REQUEST;
		}
		return HttpStatus.INTERNAL_SERVER_ERROR;
	}

	private static String defaultDetail(HttpStatusCode status) {
		return switch (status.value()) {
			case 400 -> "A parameter is not in the expected form; see /v3/api-docs.";
			case 404 -> "There is nothing at this address; see /v3/api-docs.";
			case 405 -> "The API is read-only: GET, HEAD and OPTIONS only.";
			case 406 -> "The API answers in JSON only.";
			default -> "The request could not be answered.";
		};
	}

}
