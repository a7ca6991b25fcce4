package org.peaceterms.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What the shared layout and fragments need on every page: the path of the page, for
 * links back to it, and the {@link Highlighter} that marks search words.
 */
@ControllerAdvice
class LayoutModelAdvice {

	private static final Highlighter HIGHLIGHTER = new Highlighter();

	@ModelAttribute("requestPath")
	String requestPath(HttpServletRequest request) {
		return request.getRequestURI();
	}

	@ModelAttribute("highlighter")
	Highlighter highlighter() {
		return HIGHLIGHTER;
	}

}
