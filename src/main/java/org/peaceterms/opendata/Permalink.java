package org.peaceterms.opendata;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;

/**
 * The parameters that shape a page's view, with the values the page used, defaults
 * included ({@code sort=date}, {@code page=1}): what the page's permalink ("Cite this
 * view") pins besides the dates, so that the link keeps showing the same view if a
 * default changes. A controller pins them in the order the link lists them while it
 * answers; the link is made when the page is rendered ({@link OpenDataModelAdvice}),
 * after that. A parameter pinned without a value (a filter not used) is left out of the
 * link; a page that pins nothing is cited with its request's parameters.
 */
public final class Permalink {

	private static final String ATTRIBUTE = Permalink.class.getName();

	private Permalink() {
	}

	/**
	 * Pins parameter {@code name} to {@code value} (an enum by its name), or to nothing
	 * when the value is {@code null} or blank; pinned again, it keeps its place.
	 */
	public static void pin(HttpServletRequest request, String name, @Nullable Object value) {
		String text = (value instanceof Enum<?> constant) ? constant.name() : (value != null) ? value.toString() : "";
		pinned(request).put(name, text);
	}

	/** Pins {@code page} to the number of the page shown, counted from 1. */
	public static void pinPage(HttpServletRequest request, Page<?> page) {
		pin(request, "page", page.getNumber() + 1);
	}

	/**
	 * Says the page has no parameters but the dates, so that its permalink carries no
	 * other parameter of the request.
	 */
	public static void noParameters(HttpServletRequest request) {
		pinned(request);
	}

	/**
	 * The parameters pinned for {@code request}, in order, or {@code null} when none was.
	 */
	@SuppressWarnings("unchecked")
	static @Nullable Map<String, String> of(HttpServletRequest request) {
		return (Map<String, String>) request.getAttribute(ATTRIBUTE);
	}

	private static Map<String, String> pinned(HttpServletRequest request) {
		Map<String, String> pinned = of(request);
		if (pinned == null) {
			pinned = new LinkedHashMap<>();
			request.setAttribute(ATTRIBUTE, pinned);
		}
		return pinned;
	}

}
