package org.peaceterms.opendata;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;
import tools.jackson.dataformat.csv.CsvWriteFeature;

/**
 * Writes rows as CSV by RFC 4180 with Jackson's CSV module: UTF-8, a header row, lines
 * ended by CRLF, a field quoted only when it holds a comma, a quote, a CR or a LF, quotes
 * inside doubled. The columns are a row record's components, in order, named as they are;
 * a list is one cell, its elements joined with {@value #SEPARATOR}. Against formula
 * injection in spreadsheets, a text cell starting with {@code =}, {@code +}, {@code -},
 * {@code @}, a tab or a CR gets a leading apostrophe; numbers and dates are written as
 * they are.
 */
public final class Csv {

	private static final String SEPARATOR = " | ";

	private static final CsvMapper MAPPER = CsvMapper.builder()
		.enable(CsvWriteFeature.STRICT_CHECK_FOR_QUOTING)
		.addModule(new SimpleModule("peaceterms-csv").addSerializer(String.class, new FormulaGuard())
			.addSerializer(BigDecimal.class, new PlainDecimal()))
		.build();

	private static final Map<Class<?>, ObjectWriter> WRITERS = new ConcurrentHashMap<>();

	private Csv() {
	}

	/** The column names of {@code type}: its components' names. */
	public static List<String> columns(Class<? extends Record> type) {
		return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
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
		// The names are Java identifiers: nothing to quote.
		return String.join(",", columns(type)) + "\r\n";
	}

	/** One row as a CSV line ended by CRLF: for writing rows as they are read. */
	public static String line(Record row) {
		return writer(row.getClass()).writeValueAsString(row);
	}

	/** One cell's text, protected and quoted as a row would hold it. */
	static String field(@Nullable Object value) {
		return MAPPER
			.writer(CsvSchema.builder()
				.addColumn("value")
				.setArrayElementSeparator(SEPARATOR)
				.setLineSeparator("")
				.setNullValue("")
				.build())
			.writeValueAsString(new Object[] { value });
	}

	/** The writer of one line of {@code type}, made once per row type. */
	private static ObjectWriter writer(Class<?> type) {
		return WRITERS.computeIfAbsent(type, (key) -> {
			CsvSchema.Builder columns = CsvSchema.builder()
				.setArrayElementSeparator(SEPARATOR)
				.setLineSeparator("\r\n")
				.setNullValue("");
			for (RecordComponent component : key.getRecordComponents()) {
				columns.addColumn(component.getName());
			}
			return MAPPER.writer(columns.build());
		});
	}

	/** Text as it is, with an apostrophe before what a spreadsheet would run. */
	private static final class FormulaGuard extends ValueSerializer<String> {

		@Override
		public void serialize(String value, JsonGenerator generator, SerializationContext context) {
			generator.writeString((!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) ? "'" + value : value);
		}

	}

	/** A decimal without an exponent or trailing zeros: 3000000000, 2.5. */
	private static final class PlainDecimal extends ValueSerializer<BigDecimal> {

		@Override
		public void serialize(BigDecimal value, JsonGenerator generator, SerializationContext context) {
			generator.writeNumber(value.stripTrailingZeros().toPlainString());
		}

	}

}
