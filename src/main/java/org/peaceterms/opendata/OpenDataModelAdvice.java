package org.peaceterms.opendata;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import org.peaceterms.shared.AsOf;
import org.peaceterms.shared.DataVersion;
import org.peaceterms.web.PublicUrls;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What the open-data links of a page need: the addresses of the page's CSV and JSON
 * downloads (the page's path with {@code .csv} or {@code .json}, and its query), and for
 * "Cite this view" the page's permalink with the as-of date pinned (today's when the page
 * has none) and the record pinned as recorded at the moment the page shows (the newest
 * save, when it shows the current record), so that the link shows the same after later
 * edits.
 */
@ControllerAdvice
class OpenDataModelAdvice {

	private final PublicUrls urls;

	private final DataVersion version;

	OpenDataModelAdvice(PublicUrls urls, DataVersion version) {
		this.urls = urls;
		this.version = version;
	}

	@ModelAttribute("openData")
	OpenData openData(HttpServletRequest request) {
		String path = request.getRequestURI();
		String query = (request.getQueryString() != null) ? "?" + request.getQueryString() : "";
		AsOf asOf = AsOf.parseLeniently(request.getParameter(AsOf.PARAM));
		LocalDate pinned = asOf.effective();
		String recordedAt = recordedAt(request);
		return new OpenData(path + ".csv" + query, path + ".json" + query, permalink(request, pinned, recordedAt),
				pinned, LocalDate.now(), recordedAt);
	}

	/**
	 * The moment the citation pins: the one the page shows ({@code recordedAt}), or the
	 * newest save, to the millisecond (so that the pinned moment includes it). Not the
	 * clock: the same record cites the same way on every instance and in a cached page.
	 */
	private String recordedAt(HttpServletRequest request) {
		if (request.getAttribute(RecordedAt.PARAM) instanceof RecordedAt shown) {
			return shown.param();
		}
		return this.version.current().savedAt().toString();
	}

	/** The absolute address of the page with {@code asOf} set to {@code date}. */
	private String permalink(HttpServletRequest request, LocalDate date, String recordedAt) {
		StringBuilder query = new StringBuilder();
		for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
			if (parameter.getKey().equals(AsOf.PARAM) || parameter.getKey().equals(RecordedAt.PARAM)) {
				continue;
			}
			for (String value : parameter.getValue()) {
				if (value != null && !value.isBlank()) {
					query.append(URLEncoder.encode(parameter.getKey(), StandardCharsets.UTF_8))
						.append('=')
						.append(URLEncoder.encode(value, StandardCharsets.UTF_8))
						.append('&');
				}
			}
		}
		query.append(AsOf.PARAM).append('=').append(date);
		query.append('&').append(RecordedAt.PARAM).append('=').append(recordedAt);
		return this.urls.absolute(request.getRequestURI() + "?" + query);
	}

	/**
	 * The open-data links of a page.
	 *
	 * @param csv the page's CSV download
	 * @param json the page's JSON download
	 * @param permalink the page's absolute address with the as-of date pinned
	 * @param asOf the date the permalink pins
	 * @param accessed today, the access date of a citation
	 * @param recordedAt the moment of the record the permalink pins (ISO instant)
	 */
	public record OpenData(String csv, String json, String permalink, LocalDate asOf, LocalDate accessed,
			String recordedAt) {

	}

}
