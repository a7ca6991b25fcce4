package org.peaceterms.opendata;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.peaceterms.shared.AsOf;
import org.peaceterms.shared.DataVersion;
import org.peaceterms.web.PublicUrls;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What the open-data links of a page need: the addresses of the page's CSV and JSON
 * downloads (the page's path with {@code .csv} or {@code .json}, and its query), and for
 * "Cite this view" the page's permalink. The permalink pins every parameter that shapes
 * the view with the value the page used, defaults included ({@link Permalink}, in the
 * order the controller pinned them; the request's own parameters for a page that pinned
 * none), then the as-of date (today's when the page has none), then the record as
 * recorded at the moment the page shows (the newest save, when it shows the current
 * record), so that the link shows the same after later edits and after a default changes.
 * Model attributes are made before the handler runs, so the permalink is made when the
 * page first reads it, after the handler has pinned its parameters.
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
		return new OpenData(path + ".csv" + query, path + ".json" + query, () -> permalink(request, pinned, recordedAt),
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

	/**
	 * The absolute address of the page with its view's parameters, {@code asOf} set to
	 * {@code date} and {@code recordedAt} to {@code recordedAt}.
	 */
	private String permalink(HttpServletRequest request, LocalDate date, String recordedAt) {
		StringBuilder query = new StringBuilder();
		Map<String, String> pinned = Permalink.of(request);
		if (pinned != null) {
			pinned.forEach((name, value) -> append(query, name, value));
		}
		else {
			for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
				for (String value : parameter.getValue()) {
					append(query, parameter.getKey(), value);
				}
			}
		}
		query.append(AsOf.PARAM).append('=').append(date);
		query.append('&').append(RecordedAt.PARAM).append('=').append(recordedAt);
		return this.urls.absolute(request.getRequestURI() + "?" + query);
	}

	/**
	 * Adds {@code name=value&}, percent-encoded, unless the value is blank or a date
	 * pinned later. A space is {@code %20}, not {@code +}, which some readers of a link
	 * take literally.
	 */
	private static void append(StringBuilder query, String name, @Nullable String value) {
		if (name.equals(AsOf.PARAM) || name.equals(RecordedAt.PARAM) || value == null || value.isBlank()) {
			return;
		}
		query.append(URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"))
			.append('=')
			.append(URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20"))
			.append('&');
	}

	/**
	 * The open-data links of a page; templates read them as properties
	 * ({@code openData.permalink}).
	 */
	public static final class OpenData {

		private final String csv;

		private final String json;

		private final Supplier<String> permalinkSource;

		private @Nullable String permalink;

		private final LocalDate asOf;

		private final LocalDate accessed;

		private final String recordedAt;

		/**
		 * @param csv the page's CSV download
		 * @param json the page's JSON download
		 * @param permalink makes the page's absolute address with its view pinned, once,
		 * when first asked
		 * @param asOf the date the permalink pins
		 * @param accessed today, the access date of a citation
		 * @param recordedAt the moment of the record the permalink pins (ISO instant)
		 */
		OpenData(String csv, String json, Supplier<String> permalink, LocalDate asOf, LocalDate accessed,
				String recordedAt) {
			this.csv = csv;
			this.json = json;
			this.permalinkSource = permalink;
			this.asOf = asOf;
			this.accessed = accessed;
			this.recordedAt = recordedAt;
		}

		public String getCsv() {
			return this.csv;
		}

		public String getJson() {
			return this.json;
		}

		/** The page's absolute address with its view, as-of date and record pinned. */
		public String getPermalink() {
			String made = this.permalink;
			if (made == null) {
				made = this.permalinkSource.get();
				this.permalink = made;
			}
			return made;
		}

		public LocalDate getAsOf() {
			return this.asOf;
		}

		public LocalDate getAccessed() {
			return this.accessed;
		}

		public String getRecordedAt() {
			return this.recordedAt;
		}

	}

}
