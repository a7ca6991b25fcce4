package org.peaceterms.opendata;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import org.peaceterms.shared.AsOf;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * What the open-data links of a page need: the addresses of the page's CSV and JSON
 * downloads (the page's path with {@code .csv} or {@code .json}, and its query), and for
 * "Cite this view" the page's permalink with the as-of date pinned (today's when the page
 * has none).
 */
@ControllerAdvice
class OpenDataModelAdvice {

	@ModelAttribute("openData")
	OpenData openData(HttpServletRequest request) {
		String path = request.getRequestURI();
		String query = (request.getQueryString() != null) ? "?" + request.getQueryString() : "";
		AsOf asOf = AsOf.parseLeniently(request.getParameter(AsOf.PARAM));
		LocalDate pinned = asOf.effective();
		return new OpenData(path + ".csv" + query, path + ".json" + query, permalink(request, pinned), pinned,
				LocalDate.now());
	}

	/** The absolute address of the page with {@code asOf} set to {@code date}. */
	private static String permalink(HttpServletRequest request, LocalDate date) {
		StringBuilder query = new StringBuilder();
		for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
			if (parameter.getKey().equals(AsOf.PARAM)) {
				continue;
			}
			for (String value : parameter.getValue()) {
				if (!value.isBlank()) {
					query.append(URLEncoder.encode(parameter.getKey(), StandardCharsets.UTF_8))
						.append('=')
						.append(URLEncoder.encode(value, StandardCharsets.UTF_8))
						.append('&');
				}
			}
		}
		query.append(AsOf.PARAM).append('=').append(date);
		return ServletUriComponentsBuilder.fromCurrentContextPath().replacePath(null).build().toUriString()
				+ request.getRequestURI() + "?" + query;
	}

	/**
	 * The open-data links of a page.
	 *
	 * @param csv the page's CSV download
	 * @param json the page's JSON download
	 * @param permalink the page's absolute address with the as-of date pinned
	 * @param asOf the date the permalink pins
	 * @param accessed today, the access date of a citation
	 */
	public record OpenData(String csv, String json, String permalink, LocalDate asOf, LocalDate accessed) {

	}

}
