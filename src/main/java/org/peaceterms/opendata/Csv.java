package org.peaceterms.opendata;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Writes rows as CSV by RFC 4180: UTF-8, a header row, lines ended by CRLF, a field
 * quoted when it holds a comma, a quote, a CR or a LF, quotes inside doubled. The columns
 * are a row record's components, in order, named as they are. Against formula injection
 * in spreadsheets, a text cell starting with {@code =}, {@code +}, {@code -}, {@code @},
 * a tab or a CR gets a leading apostrophe; numbers and dates are written as they are.
 */
public final class Csv {

	private static final String SEPARATOR = " | ";

	private Csv() {
	}

	/** The column names of {@code type}: its components' names. */
	public static List<String> columns(Class<? extends Record> type) {
		return java.util.Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
	}

	/** {@code rows} of {@code type} as a CSV document. */
	public static <R extends Record> byte[] write(Class<R> type, List<R> rows) {
		StringBuilder csv = new StringBuilder(header(type));
		for (R row : rows) {
			csv.append(line(row));
		}
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * The header line of {@code type}'s CSV, ended by CRLF: the start of a document
	 * written a row at a time.
	 */
	public static String header(Class<? extends Record> type) {
		StringBuilder csv = new StringBuilder();
		line(csv, columns(type).stream().map(Csv::field).toList());
		return csv.toString();
	}

	/** One row as a CSV line ended by CRLF: for writing rows as they are read. */
	public static String line(Record row) {
		RecordComponent[] components = row.getClass().getRecordComponents();
		List<String> fields = new java.util.ArrayList<>(components.length);
		for (RecordComponent component : components) {
			fields.add(field(value(component, row)));
		}
		StringBuilder csv = new StringBuilder();
		line(csv, fields);
		return csv.toString();
	}

	/**
	 * One cell's text, protected and quoted as needed: {@code null} is empty, a
	 * collection is its elements joined with {@value #SEPARATOR}.
	 */
	static String field(@Nullable Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof Number number) {
			return (number instanceof BigDecimal decimal) ? decimal.stripTrailingZeros().toPlainString()
					: number.toString();
		}
		String text = (value instanceof Collection<?> collection)
				? collection.stream().map(String::valueOf).collect(Collectors.joining(SEPARATOR))
				: (value instanceof Enum<?> constant) ? constant.name() : value.toString();
		if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			text = "'" + text;
		}
		if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\r') >= 0 || text.indexOf('\n') >= 0) {
			return '"' + text.replace("\"", "\"\"") + '"';
		}
		return text;
	}

	private static void line(StringBuilder csv, List<String> fields) {
		csv.append(String.join(",", fields)).append("\r\n");
	}

	private static @Nullable Object value(RecordComponent component, Record row) {
		try {
			return component.getAccessor().invoke(row);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException("cannot read " + component.getName(), ex);
		}
	}

}
