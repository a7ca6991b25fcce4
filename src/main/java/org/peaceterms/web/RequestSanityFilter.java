package org.peaceterms.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.peaceterms.security.SecurityHeaders;
import org.peaceterms.shared.ControlCharacters;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Turns requests no page can answer into a 4xx before any of them runs: a query string
 * with a malformed percent-encoding ({@code %zz}, a cut-off {@code %4}) or bytes that are
 * not UTF-8, a parameter of a reading request (GET, HEAD) holding a control character
 * such as U+0000, and a direct request for the container's {@code /error} page (404).
 * Answers 400 with the friendly error page, or for {@code /api/} an RFC 9457 problem.
 * Admin forms (POST) are left to field validation, which names the field (FormText in the
 * admin).
 */
public class RequestSanityFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (request.getDispatcherType() == DispatcherType.REQUEST
				&& (path.equals("/error") || path.startsWith("/error/"))) {
			SecurityHeaders.apply(response);
			response.sendError(HttpStatus.NOT_FOUND.value());
			return;
		}
		String problem = problem(request);
		if (problem != null) {
			if (path.startsWith("/api/")) {
				response.setStatus(HttpStatus.BAD_REQUEST.value());
				SecurityHeaders.apply(response);
				response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
				response.setCharacterEncoding(StandardCharsets.UTF_8.name());
				response.getWriter()
					.write("{\"type\":\"about:blank\",\"title\":\"Bad Request\",\"status\":400,\"detail\":\"" + problem
							+ "\",\"instance\":\"" + jsonSafe(path) + "\"}");
				return;
			}
			// Not sendError: the error page would read the same undecodable parameters
			// again. The error page is shown for a request without them.
			HttpServletRequest withoutQuery = new WithoutParameters(request);
			withoutQuery.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, HttpStatus.BAD_REQUEST.value());
			withoutQuery.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, request.getRequestURI());
			withoutQuery.setAttribute(RequestDispatcher.ERROR_MESSAGE, problem);
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			SecurityHeaders.apply(response);
			withoutQuery.getRequestDispatcher("/error").forward(withoutQuery, response);
			return;
		}
		chain.doFilter(request, response);
	}

	private static @Nullable String problem(HttpServletRequest request) {
		String query = request.getQueryString();
		if (query != null && !wellEncoded(query)) {
			return "The query string is not correctly percent-encoded UTF-8.";
		}
		Map<String, String[]> parameters;
		try {
			parameters = request.getParameterMap();
		}
		catch (IllegalArgumentException | IllegalStateException ex) {
			// Tomcat refuses parameters it cannot decode.
			return "The parameters cannot be decoded.";
		}
		if ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())) {
			for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
				if (ControlCharacters.in(parameter.getKey())) {
					return "A parameter name contains a control character.";
				}
				for (String value : parameter.getValue()) {
					if (ControlCharacters.in(value)) {
						return "A parameter contains a control character.";
					}
				}
			}
		}
		return null;
	}

	/** Every {@code %} starts two hex digits, and the decoded bytes are UTF-8. */
	static boolean wellEncoded(String query) {
		byte[] bytes = new byte[query.length()];
		int length = 0;
		boolean ascii = true;
		for (int i = 0; i < query.length(); i++) {
			char c = query.charAt(i);
			if (c == '%') {
				if (i + 2 >= query.length() || Character.digit(query.charAt(i + 1), 16) < 0
						|| Character.digit(query.charAt(i + 2), 16) < 0) {
					return false;
				}
				bytes[length++] = (byte) ((Character.digit(query.charAt(i + 1), 16) << 4)
						+ Character.digit(query.charAt(i + 2), 16));
				i += 2;
			}
			else if (c > 0x7f) {
				// Raw non-ASCII in a query string was decoded by the container already.
				ascii = false;
			}
			else {
				bytes[length++] = (byte) c;
			}
		}
		if (!ascii) {
			return true;
		}
		try {
			StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes, 0, length));
			return true;
		}
		catch (CharacterCodingException ex) {
			return false;
		}
	}

	/** The request as if it had no query string and no parameters. */
	private static final class WithoutParameters extends HttpServletRequestWrapper {

		WithoutParameters(HttpServletRequest request) {
			super(request);
		}

		@Override
		public @Nullable String getQueryString() {
			return null;
		}

		@Override
		public @Nullable String getParameter(String name) {
			return null;
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			return Map.of();
		}

		@Override
		public Enumeration<String> getParameterNames() {
			return Collections.emptyEnumeration();
		}

		@Override
		public String @Nullable [] getParameterValues(String name) {
			return null;
		}

	}

	private static String jsonSafe(String text) {
		StringBuilder out = new StringBuilder();
		for (char c : text.toCharArray()) {
			if (c == '"' || c == '\\' || c < 0x20 || c == '<' || c == '>' || c == '&') {
				out.append(String.format("\\u%04x", (int) c));
			}
			else {
				out.append(c);
			}
		}
		return out.toString();
	}

}
