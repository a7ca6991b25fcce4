package org.peaceterms.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What the shared layout and fragments need on every page: the path of the page, for
 * links back to it, the {@link Highlighter} that marks search words, and the
 * {@link PageLinks} of the pager.
 */
@ControllerAdvice
class LayoutModelAdvice {

	private static final Highlighter HIGHLIGHTER = new Highlighter();

	private static final PageLinks PAGE_LINKS = new PageLinks();

	@ModelAttribute("requestPath")
	String requestPath(HttpServletRequest request) {
		return request.getRequestURI();
	}

	@ModelAttribute("highlighter")
	Highlighter highlighter() {
		return HIGHLIGHTER;
	}

	@ModelAttribute("pageLinks")
	PageLinks pageLinks() {
		return PAGE_LINKS;
	}

}
