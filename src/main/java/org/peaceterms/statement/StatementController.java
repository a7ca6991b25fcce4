package org.peaceterms.statement;

import jakarta.persistence.EntityManager;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.peaceterms.actor.Actor;
import org.peaceterms.actor.ActorKind;
import org.peaceterms.actor.ActorRepository;
import org.peaceterms.opendata.ApiPaging;
import org.peaceterms.opendata.Csv;
import org.peaceterms.opendata.Download;
import org.peaceterms.opendata.Permalink;
import org.peaceterms.shared.AsOf;
import org.peaceterms.shared.BadRequestException;
import org.peaceterms.shared.Confidence;
import org.peaceterms.shared.DataVersion;
import org.peaceterms.shared.NotFoundException;
import org.peaceterms.shared.Preload;
import org.peaceterms.topic.Topic;
import org.peaceterms.topic.TopicRepository;
import org.springframework.data.domain.Page;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The statements page: search by words (see {@link StatementCriteria}) with filters by
 * speaker, country, topic and dates, newest or most relevant first, one page of
 * {@link StatementRepository#PAGE_SIZE} at a time. Every criterion is a query parameter,
 * so the address reproduces the result. A filter naming an unknown actor or topic, a
 * malformed date or page number is a 400; a page past the end is an empty page that says
 * so. Each statement has its own page too.
 */
@Controller
class StatementController {

	private static final String RELEVANCE = "relevance";

	/** Statements read at a time by the streamed CSV download. */
	static final int CSV_CHUNK = 1000;

	private final StatementRepository statements;

	private final ActorRepository actors;

	private final TopicRepository topics;

	private final DataVersion version;

	private final EntityManager entityManager;

	private final Clock clock;

	StatementController(StatementRepository statements, ActorRepository actors, TopicRepository topics,
			DataVersion version, EntityManager entityManager, Clock clock) {
		this.statements = statements;
		this.actors = actors;
		this.topics = topics;
		this.version = version;
		this.entityManager = entityManager;
		this.clock = clock;
	}

	@GetMapping("/statements")
	@Transactional(readOnly = true)
	String list(AsOf asOf, @Valid StatementFilter filter, @RequestParam(required = false) @Nullable String sort,
			@RequestParam(required = false) @Nullable String page, Model model, HttpServletRequest request) {
		StatementCriteria criteria = filter.criteria(asOf.effective());
		boolean byRelevance = byRelevance(sort, criteria);
		Page<Statement> result = Preload.page(
				this.statements.search(criteria, ApiPaging.parse(page, null).page(), byRelevance),
				Statement::getTopics);
		List<Actor> everyone = this.actors.findByRetiredFalseOrderByName();
		model.addAttribute("result", result);
		model.addAttribute("q", (criteria.text() != null) ? criteria.text() : "");
		model.addAttribute("highlight", criteria.words());
		model.addAttribute("sort", byRelevance ? RELEVANCE : null);
		model.addAttribute("speaker", slug(criteria.speaker()));
		model.addAttribute("country", slug(criteria.country()));
		model.addAttribute("topic", (criteria.topic() != null) ? criteria.topic().getSlug() : null);
		model.addAttribute("from", (criteria.from() != null) ? criteria.from().toString() : null);
		model.addAttribute("to", (criteria.to() != null) ? criteria.to().toString() : null);
		model.addAttribute("confidence", (criteria.confidence() != null) ? criteria.confidence().name() : null);
		model.addAttribute("confidences", Confidence.values());
		model.addAttribute("filtered",
				criteria.text() != null || criteria.speaker() != null || criteria.country() != null
						|| criteria.topic() != null || criteria.from() != null || criteria.to() != null
						|| criteria.confidence() != null);
		model.addAttribute("speakers", everyone);
		model.addAttribute("countries", everyone.stream().filter((actor) -> !actor.isPerson()).toList());
		model.addAttribute("countryKinds", List.of(ActorKind.COUNTRY, ActorKind.ORGANISATION, ActorKind.COALITION));
		model.addAttribute("topics", this.topics.findByRetiredFalseOrderBySortOrder());
		Permalink.pin(request, "q", criteria.text());
		Permalink.pin(request, "speaker", slug(criteria.speaker()));
		Permalink.pin(request, "country", slug(criteria.country()));
		Permalink.pin(request, "topic", (criteria.topic() != null) ? criteria.topic().getSlug() : null);
		Permalink.pin(request, "from", criteria.from());
		Permalink.pin(request, "to", criteria.to());
		Permalink.pin(request, "confidence", criteria.confidence());
		Permalink.pin(request, "sort", byRelevance ? RELEVANCE : "date");
		Permalink.pinPage(request, result);
		return "statement/list";
	}

	/**
	 * The statements the page finds, all of them rather than one page (at most
	 * {@link Download#MAX_ROWS}), as JSON with their citations.
	 */
	@GetMapping("/statements.json")
	@Transactional(readOnly = true)
	ResponseEntity<?> download(AsOf asOf, @Valid StatementFilter filter,
			@RequestParam(required = false) @Nullable String sort, HttpServletRequest request) {
		StatementCriteria criteria = filter.criteria(asOf.effective());
		List<Statement> found = this.statements.searchAll(criteria, byRelevance(sort, criteria), Download.MAX_ROWS);
		Preload.each(found, Statement::getTopics);
		return Download.of(request, "statements", asOf, StatementRow.class,
				found.stream().map(StatementRow::of).toList());
	}

	/**
	 * The statements the page finds, every one of them, as CSV with their citations,
	 * streamed: newest first, read by one query as it goes and written a chunk of
	 * {@value #CSV_CHUNK} at a time with the entity manager cleared after each, so that
	 * memory stays flat however many there are. By relevance, the order cannot be paged
	 * by keyset: the most relevant {@link Download#MAX_ROWS}, as the JSON download gives
	 * them.
	 */
	@GetMapping("/statements.csv")
	@Transactional(readOnly = true)
	void downloadCsv(AsOf asOf, @Valid StatementFilter filter, @RequestParam(required = false) @Nullable String sort,
			HttpServletRequest request, HttpServletResponse response) throws IOException {
		StatementCriteria criteria = filter.criteria(asOf.effective());
		boolean byRelevance = byRelevance(sort, criteria);
		if (!Download.startCsv(request, response, "statements", asOf, this.version, LocalDate.now(this.clock))) {
			return;
		}
		Writer out = new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
		out.write(Csv.header(StatementRow.class));
		if (byRelevance) {
			write(out, this.statements.searchAll(criteria, true, Download.MAX_ROWS));
			out.flush();
			return;
		}
		// One query, read as it goes (a cursor on PostgreSQL: hibernate.jdbc.fetch_size),
		// each row with its topics; written a chunk at a time, the entities forgotten
		// after each chunk: memory stays flat, and the database sorts once.
		try (Stream<StatementStreams.WithTopics> all = this.statements.streamWithTopics(criteria)) {
			Iterator<StatementStreams.WithTopics> found = all.iterator();
			int inChunk = 0;
			while (found.hasNext()) {
				StatementStreams.WithTopics row = found.next();
				out.write(Csv.line(StatementRow.of(row.statement(), row.topics())));
				if (++inChunk == CSV_CHUNK) {
					out.flush();
					this.entityManager.clear();
					inChunk = 0;
				}
			}
		}
		out.flush();
	}

	/** Writes {@code chunk} as CSV lines, with its topics read in one query. */
	private void write(Writer out, List<Statement> chunk) throws IOException {
		Map<Long, List<String>> topics = new HashMap<>();
		if (!chunk.isEmpty()) {
			for (Object[] row : this.statements.findTopicSlugs(chunk.stream().map(Statement::requireId).toList())) {
				topics.computeIfAbsent((Long) row[0], (id) -> new ArrayList<>()).add((String) row[1]);
			}
		}
		for (Statement statement : chunk) {
			out.write(Csv.line(StatementRow.of(statement, topics.getOrDefault(statement.requireId(), List.of()))));
		}
		out.flush();
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
		model.addAttribute("claim",
				StatementClaim.jsonLd(statement,
						org.springframework.web.servlet.support.ServletUriComponentsBuilder.fromCurrentContextPath()
							.build()
							.toUriString()));
		model.addAttribute("topics",
				statement.getTopics().stream().sorted(Comparator.comparing(Topic::getSortOrder)).toList());
		return "statement/show";
	}

	/** Whether to sort by relevance: asked for, and there are words to be relevant to. */
	private static boolean byRelevance(@Nullable String sort, StatementCriteria criteria) {
		if (sort != null && !sort.isBlank() && !sort.equals(RELEVANCE) && !sort.equals("date")) {
			throw new BadRequestException("sort is either date or relevance");
		}
		return RELEVANCE.equals(sort) && !criteria.words().isEmpty();
	}

	private static @Nullable String slug(@Nullable Actor actor) {
		return (actor != null) ? actor.getSlug() : null;
	}

}
