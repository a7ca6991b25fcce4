package org.peaceterms.statement;

import jakarta.persistence.EntityManager;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.peaceterms.actor.Actor;
import org.peaceterms.actor.ActorKind;
import org.peaceterms.actor.ActorRepository;
import org.peaceterms.opendata.Csv;
import org.peaceterms.opendata.Download;
import org.peaceterms.shared.AsOf;
import org.peaceterms.shared.AuditedEntity;
import org.peaceterms.shared.BadRequestException;
import org.peaceterms.shared.DataVersion;
import org.peaceterms.shared.NotFoundException;
import org.peaceterms.shared.Preload;
import org.peaceterms.topic.Topic;
import org.peaceterms.topic.TopicRepository;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The statements page: full-text search with filters by speaker, country, topic and
 * dates, one page of {@link StatementPage#SIZE} at a time. Every criterion is a query
 * parameter, so the address reproduces the result. A filter naming an unknown actor or
 * topic, a malformed date or page number is a 400; a page past the end is an empty page
 * that says so. Each statement has its own page too.
 */
@Controller
class StatementController {

	private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,119}");

	private static final int MAX_QUERY_LENGTH = 200;

	private static final int MAX_PAGE = 1_000_000;

	/** Statements read at a time by the streamed CSV download. */
	static final int CSV_CHUNK = 1000;

	private final StatementRepository statements;

	private final ActorRepository actors;

	private final TopicRepository topics;

	private final DataVersion version;

	private final EntityManager entityManager;

	StatementController(StatementRepository statements, ActorRepository actors, TopicRepository topics,
			DataVersion version, EntityManager entityManager) {
		this.statements = statements;
		this.actors = actors;
		this.topics = topics;
		this.version = version;
		this.entityManager = entityManager;
	}

	@GetMapping("/statements")
	@Transactional(readOnly = true)
	String list(AsOf asOf, @RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable String speaker,
			@RequestParam(required = false) @Nullable String country,
			@RequestParam(required = false) @Nullable String topic,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
			@RequestParam(required = false) @Nullable String page, Model model) {
		String text = cleanText(q);
		StatementFilter filter = filter(text, speaker, country, topic, from, to, asOf);
		StatementPage result = this.statements.search(filter, pageNumber(page));
		Preload.each(result.statements(), Statement::getTopics);
		List<Actor> everyone = this.actors.findByRetiredFalseOrderByName();
		model.addAttribute("result", result);
		model.addAttribute("q", (text != null) ? text : "");
		model.addAttribute("speaker", blankToNull(speaker));
		model.addAttribute("country", blankToNull(country));
		model.addAttribute("topic", blankToNull(topic));
		model.addAttribute("from", (filter.from() != null) ? filter.from().toString() : null);
		model.addAttribute("to", (filter.to() != null) ? filter.to().toString() : null);
		model.addAttribute("filtered", text != null || filter.speaker() != null || filter.country() != null
				|| filter.topic() != null || filter.from() != null || filter.to() != null);
		model.addAttribute("speakers", everyone);
		model.addAttribute("countries", everyone.stream().filter((actor) -> !actor.isPerson()).toList());
		model.addAttribute("countryKinds", List.of(ActorKind.COUNTRY, ActorKind.ORGANISATION, ActorKind.COALITION));
		model.addAttribute("topics", this.topics.findByRetiredFalseOrderBySortOrder());
		return "statement/list";
	}

	/**
	 * The statements the page finds, all of them rather than one page, as CSV or JSON
	 * with their citations.
	 */
	@GetMapping("/statements.json")
	@Transactional(readOnly = true)
	ResponseEntity<?> download(AsOf asOf, @RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable String speaker,
			@RequestParam(required = false) @Nullable String country,
			@RequestParam(required = false) @Nullable String topic,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
			HttpServletRequest request) {
		List<Statement> found = this.statements.searchAll(filter(cleanText(q), speaker, country, topic, from, to, asOf),
				Download.MAX_ROWS);
		Preload.each(found, Statement::getTopics);
		return Download.of(request, "statements", asOf, StatementRow.class,
				found.stream().map(StatementRow::of).toList());
	}

	/**
	 * The statements the page finds, every one of them, as CSV with their citations,
	 * streamed: read and written a chunk at a time (keyset paging, newest first), so that
	 * memory stays flat however many there are.
	 */
	@GetMapping("/statements.csv")
	@Transactional(readOnly = true)
	void downloadCsv(AsOf asOf, @RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable String speaker,
			@RequestParam(required = false) @Nullable String country,
			@RequestParam(required = false) @Nullable String topic,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
			HttpServletRequest request, HttpServletResponse response) throws IOException {
		StatementFilter filter = filter(cleanText(q), speaker, country, topic, from, to, asOf);
		if (!Download.startCsv(request, response, "statements", asOf, this.version)) {
			return;
		}
		Writer out = new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
		out.write(Csv.header(StatementRow.class));
		LocalDate afterDate = null;
		Long afterId = null;
		List<Statement> chunk;
		do {
			chunk = this.statements.searchAfter(filter, afterDate, afterId, CSV_CHUNK);
			Map<Long, List<String>> topics = this.statements.topicSlugs(chunk.stream().map(Statement::getId).toList());
			for (Statement statement : chunk) {
				out.write(Csv.line(StatementRow.of(statement, topics.getOrDefault(statement.getId(), List.of()))));
			}
			if (!chunk.isEmpty()) {
				Statement last = chunk.get(chunk.size() - 1);
				afterDate = last.getSaidOn();
				afterId = last.getId();
			}
			out.flush();
			// Forget the chunk's entities: memory stays flat.
			this.entityManager.clear();
		}
		while (chunk.size() == CSV_CHUNK);
		out.flush();
	}

	private StatementFilter filter(@Nullable String text, @Nullable String speaker, @Nullable String country,
			@Nullable String topic, @Nullable String from, @Nullable String to, AsOf asOf) {
		return new StatementFilter(text, lookUp(speaker, this::actor), lookUp(country, this::actor),
				lookUp(topic, this.topics::findBySlug), date(from), date(to), asOf.effective());
	}

	/**
	 * One statement: the words, who said them for whom and when, the topics, the event
	 * and provision it concerns, and its citation. The Atom feeds link here.
	 */
	@GetMapping("/statements/{id:\\d+}")
	@Transactional(readOnly = true)
	String show(@PathVariable long id, AsOf asOf, Model model) {
		Statement statement = this.statements.findForPage(id).orElseThrow(() -> new NotFoundException("Statement"));
		model.addAttribute("statement", statement);
		model.addAttribute("topics",
				statement.getTopics().stream().sorted(Comparator.comparing(Topic::getSortOrder)).toList());
		return "statement/show";
	}

	private Optional<Actor> actor(String slug) {
		return this.actors.findBySlug(slug);
	}

	/**
	 * The search words without control characters (which PostgreSQL rejects in text);
	 * {@code null} when nothing is left.
	 */
	private static @Nullable String cleanText(@Nullable String q) {
		if (q == null) {
			return null;
		}
		String text = q.codePoints()
			.map((c) -> Character.isISOControl(c) ? ' ' : c)
			.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
			.toString()
			.strip();
		if (text.length() > MAX_QUERY_LENGTH) {
			throw new BadRequestException("search text too long");
		}
		return text.isEmpty() ? null : text;
	}

	/**
	 * The record a filter names, or {@code null} for no filter; unknown names are a 400.
	 */
	private static <T extends AuditedEntity> @Nullable T lookUp(@Nullable String slug,
			Function<String, Optional<T>> finder) {
		String value = blankToNull(slug);
		if (value == null) {
			return null;
		}
		if (!SLUG.matcher(value).matches()) {
			throw new BadRequestException("malformed filter value");
		}
		return finder.apply(value)
			.filter((found) -> !found.isRetired())
			.orElseThrow(() -> new BadRequestException("unknown filter value"));
	}

	private static @Nullable LocalDate date(@Nullable String value) {
		String text = blankToNull(value);
		if (text == null) {
			return null;
		}
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			throw new BadRequestException("malformed date");
		}
	}

	private static int pageNumber(@Nullable String value) {
		String text = blankToNull(value);
		if (text == null) {
			return 1;
		}
		try {
			int page = Integer.parseInt(text);
			if (page < 1 || page > MAX_PAGE) {
				throw new BadRequestException("page out of range");
			}
			return page;
		}
		catch (NumberFormatException ex) {
			throw new BadRequestException("malformed page");
		}
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
