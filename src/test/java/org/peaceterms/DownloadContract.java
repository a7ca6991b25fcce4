package org.peaceterms;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The contract every page download keeps: {@code .csv} is RFC 4180 text/csv in UTF-8 with
 * a header row, parsed here by Apache Commons CSV; {@code .json} holds the same columns
 * and rows; both are attachments named after the view and the as-of date, with an ETag
 * that turns a repeated request into a 304.
 */
public final class DownloadContract {

	/** RFC 4180 with the first record as the header. */
	public static final CSVFormat CSV = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build();

	private DownloadContract() {
	}

	/** The parsed CSV of {@code path} (with {@code query}, which may be empty). */
	public static Table csv(MockMvcTester mvc, String path, String query) throws Exception {
		String url = path + ".csv" + (query.isEmpty() ? "" : "?" + query);
		String body = ApiContract.getSameOrigin(mvc, url, MediaType.parseMediaType("text/csv"));
		MockHttpServletResponse response = mvc.get().uri(url).exchange().getResponse();
		assertThat(response.getContentType()).contains("charset=UTF-8");
		assertThat(response.getHeader(HttpHeaders.CONTENT_DISPOSITION)).startsWith("attachment")
			.contains("filename=\"" + path.substring(1) + "-")
			.contains(".csv\"");
		assertThat(body).endsWith("\r\n");
		assertThat(body.replace("\r\n", "")).as("lines end with CRLF, bare LF only inside quotes")
			.satisfies((rest) -> assertThat(countOutsideQuotes(rest, '\n')).isZero());
		return parse(body);
	}

	/** The JSON download of {@code path}: the view, as-of date, columns and rows. */
	public static String json(MockMvcTester mvc, String path, String query, List<String> columns) throws Exception {
		String url = path + ".json" + (query.isEmpty() ? "" : "?" + query);
		String body = ApiContract.getSameOrigin(mvc, url, MediaType.APPLICATION_JSON);
		assertThat(mvc.get().uri(url).exchange().getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION))
			.startsWith("attachment")
			.contains(".json\"");
		assertThat(JsonPath.<List<String>>read(body, "$.columns")).isEqualTo(columns);
		List<Map<String, Object>> rows = JsonPath.read(body, "$.rows");
		assertThat((Integer) JsonPath.read(body, "$.count")).isEqualTo(rows.size());
		rows.forEach((row) -> assertThat(row.keySet()).containsExactlyElementsOf(columns));
		return body;
	}

	/** Parses CSV text with Apache Commons CSV. */
	public static Table parse(String body) throws IOException {
		try (CSVParser parser = CSVParser.parse(new StringReader(body), CSV)) {
			return new Table(parser.getHeaderNames(), parser.getRecords());
		}
	}

	private static long countOutsideQuotes(String text, char wanted) {
		boolean quoted = false;
		long count = 0;
		for (char c : text.toCharArray()) {
			if (c == '"') {
				quoted = !quoted;
			}
			else if (c == wanted && !quoted) {
				count++;
			}
		}
		return count;
	}

	/** A parsed CSV download. */
	public record Table(List<String> header, List<CSVRecord> records) {

		public List<String> column(String name) {
			return this.records.stream().map((record) -> record.get(name)).toList();
		}

	}

}
