package org.peaceterms.quality;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.peaceterms.DownloadContract;
import org.peaceterms.bench.DataGenerator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The number of SQL statements a page costs does not grow with the data: every public
 * page is rendered on the shipped data and again on a data set ten times larger, then on
 * the benchmark's generated data and on twice as much, and the statement counts
 * (Hibernate statistics) must not rise. An N+1 query shows up here as a count that grows.
 */
@SpringBootTest(properties = "spring.jpa.properties.hibernate.generate_statistics=true")
@AutoConfigureMockMvc
@DirtiesContext
class QueryCountTests {

	/**
	 * A page needing more statements than this is doing something wrong, whatever the
	 * data.
	 */
	private static final long MAX_STATEMENTS_PER_PAGE = 25;

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private EntityManagerFactory entityManagerFactory;

	@Autowired
	private NamedParameterJdbcTemplate jdbc;

	@Test
	void statementsPerPageStayBoundedWhenTheDataGrowsTenfold() throws IOException {
		Map<String, Long> shipped = countPerPage();
		long before = rows("statement");
		inflateTenfold();
		assertThat(rows("statement")).isEqualTo(10 * before);
		Map<String, Long> tenfold = countPerPage();
		shipped.forEach((url, count) -> {
			assertThat(count).as("SQL statements for %s on the shipped data", url)
				.isPositive()
				.isLessThanOrEqualTo(MAX_STATEMENTS_PER_PAGE);
			assertThat(tenfold.get(url)).as("SQL statements for %s on ten times the data (was %d)", url, count)
				.isLessThanOrEqualTo(count);
		});
		// The streamed CSV holds every statement the page finds, over several chunks,
		// each
		// once, newest first.
		String csv = this.mvc.get()
			.uri("/statements.csv")
			.exchange()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		DownloadContract.Table table = DownloadContract.parse(csv);
		Long visible = this.jdbc.getJdbcTemplate()
			.queryForObject("select count(*) from statement s join source o on o.id = s.source_id"
					+ " where s.retired = false and s.said_on <= current_date and o.published_on <= current_date",
					Long.class);
		assertThat(visible).as("more than one chunk of the download").isGreaterThan(1000L);
		assertThat(table.column("id")).hasSize(visible.intValue()).doesNotHaveDuplicates();
		List<String> dates = table.column("saidOn");
		assertThat(dates).isSortedAccordingTo(Comparator.reverseOrder());
		// And at the scale of a year or two of news (200 actors, full pages), where
		// ten copies of the shipped data fall short: the generated data of the
		// benchmark, then twice as much. On small data some lists are empty and skip
		// their queries; between the two generated sizes nothing may grow.
		DataGenerator.generate(this.jdbc.getJdbcTemplate(), 20_000, 20251216L);
		Map<String, Long> generated = countPerPage();
		// The generator adds nothing while its slugs exist: the first set's are renamed.
		this.jdbc.getJdbcTemplate().update("update actor set slug = 'first-' || slug where slug like 'gen-%'");
		this.jdbc.getJdbcTemplate().update("update source set slug = 'first-' || slug where slug like 'gen-%'");
		DataGenerator.generate(this.jdbc.getJdbcTemplate(), 20_000, 20251217L);
		assertThat(rows("statement")).isGreaterThan(40_000L);
		Map<String, Long> doubled = countPerPage();
		Map<String, String> grown = new LinkedHashMap<>();
		generated.forEach((url, count) -> {
			if (doubled.get(url) > count) {
				grown.put(url, count + " -> " + doubled.get(url));
			}
		});
		assertThat(grown).as("SQL statements per page that grew from the generated data to twice as much").isEmpty();
	}

	private Map<String, Long> countPerPage() {
		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		Map<String, Long> counts = new LinkedHashMap<>();
		for (String url : java.util.stream.Stream.concat(PublicPages.URLS.stream(), PublicPages.OPEN_DATA.stream())
			.toList()) {
			statistics.clear();
			assertThat(this.mvc.get().uri(url)).as(url).hasStatusOk();
			counts.put(url, statistics.getPrepareStatementCount());
		}
		return counts;
	}

	private void inflateTenfold() throws IOException {
		String script = new ClassPathResource("inflate-data.sql").getContentAsString(StandardCharsets.UTF_8);
		String[] statements = script.replaceAll("(?m)^--.*$", "").split(";");
		for (int k = 1; k <= 9; k++) {
			MapSqlParameterSource parameters = new MapSqlParameterSource("off", k * 100_000L).addValue("k", k);
			for (String statement : statements) {
				if (!statement.isBlank()) {
					this.jdbc.update(statement, parameters);
				}
			}
		}
	}

	private long rows(String table) {
		Long count = this.jdbc.getJdbcTemplate().queryForObject("select count(*) from " + table, Long.class);
		return (count != null) ? count : 0;
	}

}
