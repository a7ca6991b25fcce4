package org.peaceterms.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.peaceterms.DownloadContract;

/** The CSV writer against RFC 4180 and formula injection, read back by Commons CSV. */
class CsvTests {

	record Row(String text, BigDecimal amount, LocalDate on, List<String> tags) {

	}

	@Test
	void quotesWhatNeedsQuotingAndEndsLinesWithCrlf() throws Exception {
		String csv = new String(Csv.write(Row.class, List.of(
				new Row("plain", new BigDecimal("3000000000.00"), LocalDate.of(2025, 2, 17), List.of("a", "b")),
				new Row("comma, \"quote\"\r\nand lines\n", BigDecimal.ONE, LocalDate.of(2025, 12, 16), List.of()))),
				StandardCharsets.UTF_8);
		assertThat(csv).startsWith("text,amount,on,tags\r\nplain,3000000000,2025-02-17,a | b\r\n")
			.contains("\"comma, \"\"quote\"\"\r\nand lines\n\",1,2025-12-16,\r\n");
		DownloadContract.Table table = DownloadContract.parse(csv);
		assertThat(table.header()).containsExactly("text", "amount", "on", "tags");
		assertThat(table.column("text")).containsExactly("plain", "comma, \"quote\"\r\nand lines\n");
	}

	@Test
	void cellsThatWouldStartAFormulaGetAnApostrophe() {
		assertThat(Csv.field("=SUM(A1:A9)")).isEqualTo("'=SUM(A1:A9)");
		assertThat(Csv.field("+1")).isEqualTo("'+1");
		assertThat(Csv.field("-1")).isEqualTo("'-1");
		assertThat(Csv.field("@cmd")).isEqualTo("'@cmd");
		assertThat(Csv.field("\tx")).isEqualTo("'\tx");
		assertThat(Csv.field("=HYPERLINK(\"x\",\"y\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"");
		assertThat(Csv.field("a=b")).isEqualTo("a=b");
		assertThat(Csv.field(new BigDecimal("-5"))).isEqualTo("-5");
		assertThat(Csv.field(null)).isEmpty();
	}

}
