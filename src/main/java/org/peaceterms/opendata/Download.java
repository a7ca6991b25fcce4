package org.peaceterms.opendata;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.List;
import org.peaceterms.shared.AsOf;
import org.peaceterms.shared.DataVersion;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * A list page's rows as a file: {@code /statements.csv} or {@code /statements.json} with
 * the page's own query parameters (filters and {@code asOf}) gives exactly the rows the
 * page shows, every one with its citation columns. The format is the address's extension;
 * the file is an attachment named after the view and the as-of date.
 */
public final class Download {

	/** {@code text/csv;charset=UTF-8;header=present} (RFC 4180 and RFC 7111). */
	public static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8;header=present");

	/** The most rows a download holds. */
	public static final int MAX_ROWS = 10_000;

	private Download() {
	}

	/**
	 * The rows as CSV or JSON, as the request's extension asks.
	 * @param view the view's name, used for the file name ({@code statements})
	 */
	public static <R extends Record> ResponseEntity<?> of(HttpServletRequest request, String view, AsOf asOf,
			Class<R> type, List<R> rows) {
		LocalDate date = asOf.effective();
		boolean csv = request.getRequestURI().endsWith(".csv");
		String filename = view + "-" + date + (csv ? ".csv" : ".json");
		HttpHeaders headers = new HttpHeaders();
		headers.setContentDisposition(ContentDisposition.attachment().filename(filename).build());
		if (csv) {
			return ResponseEntity.ok().headers(headers).contentType(CSV).body(Csv.write(type, rows));
		}
		return ResponseEntity.ok()
			.headers(headers)
			.contentType(MediaType.APPLICATION_JSON)
			.body(new Json<>(view, date, Csv.columns(type), rows.size(), rows));
	}

	/**
	 * Starts a streamed CSV download ({@code /statements.csv}): the attachment headers,
	 * and a weak ETag made of the data version (the newest revision), today's date and
	 * the query, with {@code Cache-Control: no-cache}, so that a repeated request costs a
	 * 304 and one query. The body is not buffered to hash it (as other open-data answers
	 * are, see {@code OpenDataConfiguration}). Returns {@code false} when the answer is
	 * that 304 and nothing is to be written; the caller then writes the rows as it reads
	 * them, never holding them all at once.
	 * @param view the view's name, used for the file name ({@code statements})
	 */
	public static boolean startCsv(HttpServletRequest request, HttpServletResponse response, String view, AsOf asOf,
			DataVersion version, LocalDate today) {
		ShallowEtagHeaderFilter.disableContentCaching(request);
		String query = request.getQueryString();
		String etag = "W/\"" + version.current().token() + "-" + today + "-"
				+ Integer.toHexString(((query != null) ? query : "").hashCode()) + "\"";
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
		if (new ServletWebRequest(request, response).checkNotModified(etag)) {
			return false;
		}
		String filename = view + "-" + asOf.effective() + ".csv";
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(filename).build().toString());
		response.setContentType(CSV.toString());
		return true;
	}

	/**
	 * The JSON form of a download: the view, its as-of date, the column names (the same
	 * as the CSV header) and the rows.
	 */
	public record Json<R>(String view, LocalDate asOf, List<String> columns, int count, List<R> rows) {

	}

}
