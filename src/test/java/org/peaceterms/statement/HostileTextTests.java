package org.peaceterms.statement;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peaceterms.ApiContract;
import org.peaceterms.DownloadContract;
import org.peaceterms.actor.Actor;
import org.peaceterms.actor.ActorKind;
import org.peaceterms.actor.ActorRepository;
import org.peaceterms.feed.FeedControllerTests;
import org.peaceterms.opendata.AtomFeed;
import org.peaceterms.source.Reliability;
import org.peaceterms.source.Source;
import org.peaceterms.source.SourceKind;
import org.peaceterms.source.SourceRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every string of the Big List of Naughty Strings ({@code blns.json}, MIT) stored as a
 * statement comes back unchanged from the JSON API and, in the Atom feed parsed by Rome,
 * unchanged but for the characters XML 1.0 cannot carry (which become U+FFFD); used as a
 * search it gets an answer, never a 500.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class HostileTextTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String HOSTILE = "<script>alert(\"x\")</script> & 'quotes' \u202e";

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private StatementRepository statements;

	@Autowired
	private ActorRepository actors;

	@Autowired
	private SourceRepository sources;

	private Actor speaker;

	private Source source;

	@BeforeEach
	void speakerAndSource() {
		this.speaker = this.actors.save(new Actor("hostile-speaker", HOSTILE, ActorKind.PERSON, null));
		this.source = this.sources.save(new Source("hostile-source", HOSTILE, HOSTILE, "https://example.org/?a=1&b=<2>",
				LocalDate.of(2025, 6, 1), SourceKind.NEWS, Reliability.UNVERIFIED));
	}

	@Test
	void everyNaughtyStringSurvivesTheJsonApi() throws Exception {
		List<String> texts = naughtyTexts();
		texts.forEach(this::say);
		this.statements.flush();
		List<String> found = new ArrayList<>();
		String next = "/api/v1/statements?speaker=hostile-speaker&size=100";
		while (next != null) {
			JsonNode page = JSON.readTree(ApiContract.list(this.mvc, next));
			for (JsonNode item : page.get("items")) {
				found.add(item.get("text").stringValue());
				assertThat(item.get("citation").get("title").stringValue()).isEqualTo(HOSTILE);
				assertThat(item.get("speaker").get("name").stringValue()).isEqualTo(HOSTILE);
			}
			next = page.get("links").has("next") ? page.get("links").get("next").stringValue() : null;
		}
		assertThat(found).containsExactlyInAnyOrderElementsOf(texts);
	}

	@Test
	void everyNaughtyStringSurvivesTheAtomFeed() throws Exception {
		List<String> texts = naughtyTexts();
		for (int from = 0; from < texts.size(); from += AtomFeed.ENTRIES) {
			List<Statement> said = texts.subList(from, Math.min(from + AtomFeed.ENTRIES, texts.size()))
				.stream()
				.map(this::say)
				.toList();
			this.statements.flush();
			Feed feed = FeedControllerTests
				.parse(ApiContract.get(this.mvc, "/actors/hostile-speaker/feed.atom", FeedControllerTests.ATOM));
			FeedControllerTests.assertRfc4287(feed);
			assertThat(feed.getEntries()).extracting((Entry entry) -> entry.getContents().get(0).getValue())
				.containsExactlyInAnyOrderElementsOf(said.stream().map((s) -> AtomFeed.xmlSafe(s.getText())).toList());
			assertThat(feed.getEntries()).extracting((Entry entry) -> entry.getAuthors().get(0).getName())
				.containsOnly(HOSTILE);
			said.forEach(Statement::retire);
			this.statements.flush();
		}
	}

	@Test
	void everyNaughtyStringSurvivesTheCsvDownload() throws Exception {
		List<String> texts = naughtyTexts();
		List<String> readable = new ArrayList<>();
		List<String> unreadable = new ArrayList<>();
		for (String text : texts) {
			Statement said = say(text);
			(text.contains("\uFFFE") ? unreadable : readable).add(String.valueOf(said.getId()));
		}
		this.statements.flush();
		DownloadContract.Table table = DownloadContract.csv(this.mvc, "/statements", "speaker=hostile-speaker");
		// Commons CSV uses U+FFFE internally to mean "no escape character" and so reads a
		// U+FFFE in the data as an escape: that row is checked in the raw CSV instead.
		assertThat(table.records()
			.stream()
			.filter((row) -> readable.contains(row.get("id")))
			.map((row) -> row.get("text")))
			.containsExactlyInAnyOrderElementsOf(texts.stream()
				.filter((text) -> !text.contains("\uFFFE"))
				.map(HostileTextTests::protectedCell)
				.toList());
		assertThat(unreadable).isNotEmpty();
		String raw = this.mvc.get()
			.uri("/statements.csv?speaker=hostile-speaker")
			.exchange()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		texts.stream()
			.filter((text) -> text.contains("\uFFFE"))
			.forEach((text) -> assertThat(raw).contains("hostile-speaker,,," + protectedCell(text) + ",true,"));
		assertThat(table.records()).filteredOn((row) -> readable.contains(row.get("id"))).allSatisfy((row) -> {
			assertThat(row.get("speaker")).isEqualTo(HOSTILE);
			assertThat(row.get("sourceTitle")).isEqualTo(HOSTILE);
			assertThat(row.get("sourceUrl")).isEqualTo("https://example.org/?a=1&b=<2>");
		});
		String json = DownloadContract.json(this.mvc, "/statements", "speaker=hostile-speaker", table.header());
		List<String> fromJson = new ArrayList<>();
		JSON.readTree(json).get("rows").forEach((row) -> fromJson.add(row.get("text").stringValue()));
		assertThat(fromJson).containsExactlyInAnyOrderElementsOf(texts);
	}

	/**
	 * What a text cell holds: the text, with an apostrophe in front where it would start
	 * a spreadsheet formula.
	 */
	private static String protectedCell(String text) {
		return (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) ? "'" + text : text;
	}

	@Test
	void naughtySearchesGetAnAnswerNeverA500() throws Exception {
		for (String text : naughtyStrings()) {
			int status = this.mvc.get()
				.uri("/api/v1/statements")
				.param("q", text)
				.param("speaker", text)
				.exchange()
				.getResponse()
				.getStatus();
			assertThat(status).as("status for %s", text).isIn(200, 400);
		}
	}

	private Statement say(String text) {
		return this.statements
			.save(new Statement(this.speaker, null, LocalDate.of(2025, 6, 1), text, true, this.source, Set.of()));
	}

	/**
	 * The naughty strings, blank ones prefixed so that they can be a statement's text.
	 */
	private static List<String> naughtyTexts() throws Exception {
		return naughtyStrings().stream().map((s) -> StringUtils.hasText(s) ? s : "blank:" + s).toList();
	}

	static List<String> naughtyStrings() throws Exception {
		try (InputStream in = new ClassPathResource("blns.json").getInputStream()) {
			List<String> strings = JSON.readValue(in, new TypeReference<List<String>>() {
			});
			assertThat(strings).hasSizeGreaterThan(500);
			return strings;
		}
	}

}
