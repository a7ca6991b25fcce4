package org.peaceterms.feed;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.peaceterms.actor.Actor;
import org.peaceterms.actor.ActorRepository;
import org.peaceterms.opendata.AtomFeed;
import org.peaceterms.opendata.JsonFeed;
import org.peaceterms.proposal.Proposal;
import org.peaceterms.proposal.ProposalRepository;
import org.peaceterms.shared.AsOf;
import org.peaceterms.shared.Attribution;
import org.peaceterms.shared.Claims;
import org.peaceterms.shared.NotFoundException;
import org.peaceterms.source.Source;
import org.peaceterms.stance.StanceChange;
import org.peaceterms.stance.StanceTimelineService;
import org.peaceterms.statement.Position;
import org.peaceterms.statement.Statement;
import org.peaceterms.statement.StatementCriteria;
import org.peaceterms.statement.StatementFilter;
import org.peaceterms.statement.StatementRepository;
import org.peaceterms.topic.Stance;
import org.peaceterms.topic.Topic;
import org.peaceterms.topic.TopicRepository;
import org.peaceterms.web.Links;
import org.peaceterms.web.PublicUrls;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The feeds, each as Atom ({@code feed.atom}) and JSON Feed 1.1 ({@code feed.json}): new
 * statements and stance changes (a position whose previous position of the same actor on
 * the same topic had another level), newest first, at most {@link AtomFeed#ENTRIES}; the
 * whole site at {@code /feed.atom}, one actor (what it said, what was said on its behalf,
 * its stance changes) at {@code /actors/{slug}/feed.atom}, one topic (statements on it,
 * stance changes on it), one proposal (its presentation, statements on its provisions),
 * and any statement search ({@code /statements/feed.atom?q=...}). Each entry links to the
 * statement's page (for a stance change, the latest statement it rests on) and to its
 * source, its citation.
 */
@RestController
class FeedController {

	private final StatementRepository statements;

	private final StanceTimelineService stances;

	private final ActorRepository actors;

	private final TopicRepository topics;

	private final ProposalRepository proposals;

	private final MessageSource messages;

	private final PublicUrls urls;

	FeedController(StatementRepository statements, StanceTimelineService stances, ActorRepository actors,
			TopicRepository topics, ProposalRepository proposals, MessageSource messages, PublicUrls urls) {
		this.statements = statements;
		this.stances = stances;
		this.actors = actors;
		this.topics = topics;
		this.proposals = proposals;
		this.messages = messages;
		this.urls = urls;
	}

	@GetMapping({ "/feed.atom", "/feed.json" })
	@Transactional(readOnly = true)
	ResponseEntity<byte[]> feed(HttpServletRequest request) {
		LocalDate today = LocalDate.now();
		List<AtomFeed.Entry> entries = entries(criteria(null, null, today), changes(null, null, today), today);
		return answer(request, new AtomFeed(AtomFeed.TAG + "feed", message("feed.title"), message("feed.subtitle"),
				absolute("/feed.atom"), absolute(Links.page()), message("app.name"), entries));
	}

	@GetMapping({ "/actors/{slug}/feed.atom", "/actors/{slug}/feed.json" })
	@Transactional(readOnly = true)
	ResponseEntity<byte[]> actorFeed(@PathVariable String slug, HttpServletRequest request) {
		Actor actor = this.actors.findBySlug(slug)
			.filter((found) -> !found.isRetired())
			.orElseThrow(() -> new NotFoundException("Actor"));
		LocalDate today = LocalDate.now();
		List<AtomFeed.Entry> entries = entries(criteria(actor, null, today), changes(actor, null, today), today);
		return answer(request,
				new AtomFeed(AtomFeed.TAG + "actor-" + actor.getSlug(), message("feed.actor.title", actor.getName()),
						message("feed.actor.subtitle", actor.getName()),
						absolute(Links.page("actors", actor.getSlug(), "feed.atom")),
						absolute(Links.page("actors", actor.getSlug())), message("app.name"), entries));
	}

	@GetMapping({ "/topics/{slug}/feed.atom", "/topics/{slug}/feed.json" })
	@Transactional(readOnly = true)
	ResponseEntity<byte[]> topicFeed(@PathVariable String slug, HttpServletRequest request) {
		Topic topic = this.topics.findBySlug(slug)
			.filter((found) -> !found.isRetired())
			.orElseThrow(() -> new NotFoundException("Topic"));
		LocalDate today = LocalDate.now();
		List<AtomFeed.Entry> entries = entries(criteria(null, topic, today), changes(null, topic, today), today);
		return answer(request,
				new AtomFeed(AtomFeed.TAG + "topic-" + topic.getSlug(), message("feed.topic.title", topic.getName()),
						message("feed.topic.subtitle", topic.getName()),
						absolute(Links.page("topics", topic.getSlug(), "feed.atom")),
						absolute(Links.page("topics", topic.getSlug())), message("app.name"), entries));
	}

	@GetMapping({ "/proposals/{slug}/feed.atom", "/proposals/{slug}/feed.json" })
	@Transactional(readOnly = true)
	ResponseEntity<byte[]> proposalFeed(@PathVariable String slug, HttpServletRequest request) {
		Proposal proposal = this.proposals.findBySlug(slug)
			.filter((found) -> !found.isRetired())
			.orElseThrow(() -> new NotFoundException("Proposal"));
		LocalDate today = LocalDate.now();
		Specification<Statement> aboutIt = (root, query, cb) -> cb.equal(root.get("provision").get("proposal"),
				proposal);
		List<AtomFeed.Entry> entries = new ArrayList<>(
				entries(criteria(null, null, today).specification().and(aboutIt), List.of(), today));
		if (!proposal.getPresentedOn().isAfter(today)) {
			entries.add(proposalEntry(proposal));
		}
		entries.sort(Comparator.comparing(AtomFeed.Entry::updated).reversed());
		return answer(request,
				new AtomFeed(AtomFeed.TAG + "proposal-" + proposal.getSlug(),
						message("feed.proposal.title", proposal.getShortTitle()),
						message("feed.proposal.subtitle", proposal.getTitle()),
						absolute(Links.page("proposals", proposal.getSlug(), "feed.atom")),
						absolute(Links.page("proposals", proposal.getSlug())), message("app.name"), entries));
	}

	/**
	 * Any statement search as a feed: the parameters of {@code /statements} ({@code q},
	 * {@code speaker}, {@code country}, {@code topic}, {@code from}, {@code to}); a bad
	 * one is a 400.
	 */
	@GetMapping({ "/statements/feed.atom", "/statements/feed.json" })
	@Transactional(readOnly = true)
	ResponseEntity<byte[]> searchFeed(@Valid StatementFilter filter, HttpServletRequest request) {
		LocalDate today = LocalDate.now();
		StatementCriteria criteria = filter.criteria(today);
		String query = (request.getQueryString() != null) ? "?" + request.getQueryString() : "";
		List<AtomFeed.Entry> entries = entries(criteria.specification(), List.of(), today);
		return answer(request,
				new AtomFeed(AtomFeed.TAG + "statements" + query, message("feed.search.title"),
						message("feed.search.subtitle"), absolute(Links.page("statements", "feed.atom") + query),
						absolute(Links.page("statements") + query), message("app.name"), entries));
	}

	private static StatementCriteria criteria(@Nullable Actor actor, @Nullable Topic topic, LocalDate today) {
		return new StatementCriteria(null, null, actor, topic, null, null, today);
	}

	private List<AtomFeed.Entry> entries(StatementCriteria criteria, List<StanceChange> changes, LocalDate today) {
		return entries(criteria.specification(), changes, today);
	}

	/**
	 * The latest {@link AtomFeed#ENTRIES} changes of level of one actor, on one topic, or
	 * of every actor on every topic, as the stances page counts them (of two positions on
	 * one day, the later), found by the database.
	 */
	private List<StanceChange> changes(@Nullable Actor actor, @Nullable Topic topic, LocalDate today) {
		return this.stances.latestChanges(new AsOf(today), actor, topic, AtomFeed.ENTRIES);
	}

	/**
	 * The statements found and the stance changes kept, newest first, at most
	 * {@link AtomFeed#ENTRIES}.
	 */
	private List<AtomFeed.Entry> entries(Specification<Statement> statements, List<StanceChange> changes,
			LocalDate today) {
		List<Dated> dated = new ArrayList<>();
		this.statements
			.findBy(statements, (query) -> query.sortBy(StatementCriteria.NEWEST_FIRST).limit(AtomFeed.ENTRIES).all())
			.forEach((statement) -> dated
				.add(new Dated(statement.getSaidOn(), 0, statement.requireId(), statement, null)));
		changes.forEach((change) -> dated
			.add(new Dated(change.on(), 1, change.position().getId(), change.position(), change.previous())));
		return dated.stream()
			.sorted(Comparator.comparing(Dated::on).thenComparing(Dated::kind).thenComparing(Dated::id).reversed())
			.limit(AtomFeed.ENTRIES)
			.map(this::entry)
			.toList();
	}

	private AtomFeed.Entry proposalEntry(Proposal proposal) {
		Source source = proposal.getSources()
			.stream()
			.min(Comparator.comparing(Source::getPublishedOn).thenComparing(Source::getSlug))
			.orElse(null);
		String proposers = proposal.getProposers()
			.stream()
			.map(Actor::getName)
			.sorted()
			.reduce((a, b) -> a + ", " + b)
			.orElse(message("app.name"));
		return new AtomFeed.Entry(AtomFeed.TAG + "proposal-" + proposal.getId(),
				message("feed.proposal.presented", proposal.getTitle()), AtomFeed.startOf(proposal.getPresentedOn()),
				proposers, null, null, (proposal.getSummary() != null) ? proposal.getSummary() : proposal.getTitle(),
				absolute(Links.page("proposals", proposal.getSlug())), (source != null) ? sourceLink(source) : null,
				(source != null) ? source.getLabel() : null, List.of("proposal"));
	}

	private AtomFeed.Entry entry(Dated dated) {
		if (dated.record() instanceof Statement statement) {
			return statementEntry(statement);
		}
		return changeEntry((Position) dated.record(), dated.previous());
	}

	private AtomFeed.Entry statementEntry(Statement statement) {
		Actor speaker = statement.getSpeaker();
		Source source = statement.getSource();
		String accordingTo = statement.getAccordingTo();
		String title = message(
				"feed.statement." + statement.getAttribution()
						+ (((statement.getAttribution() == Attribution.REPORTED && accordingTo == null)
								|| (statement.getAttribution() == Attribution.ASSESSED && speaker == null))
										? ".anonymous" : ""),
				statement.getSpeakerName(), abbreviate(statement.getText()),
				Objects.requireNonNullElse(accordingTo, ""), source.getLabel());
		List<String> categories = new ArrayList<>();
		categories.add("statement");
		statement.getTopics().stream().map(Topic::getSlug).sorted().forEach(categories::add);
		return new AtomFeed.Entry(AtomFeed.TAG + "statement-" + statement.requireId(), title,
				AtomFeed.startOf(statement.getSaidOn()), statement.getSpeakerName(),
				(speaker != null) ? absolute(Links.page("actors", speaker.getSlug())) : null, null,
				Claims.sentence(statement.getSpeakerName(), statement.getSpeaker() != null, statement.getAttribution(),
						accordingTo, statement.getText(), source.getLabel()),
				absolute(Links.page("statements", statement.requireId())), sourceLink(source), source.getLabel(),
				categories);
	}

	private AtomFeed.Entry changeEntry(Position position, @Nullable Stance previous) {
		Actor actor = position.getActor();
		String title = message("feed.change.title", actor.getName(), position.getTopic().getName(), stance(previous),
				stance(position.getStance()));
		Statement evidence = position.getEvidence()
			.stream()
			.max(Comparator.comparing(Statement::getSaidOn).thenComparing(Statement::getId))
			.orElse(null);
		String alternate = (evidence != null) ? Links.page("statements", evidence.requireId())
				: Links.page("stances") + "?topic=" + position.getTopic().getSlug();
		Source source = position.getSource();
		return new AtomFeed.Entry(AtomFeed.TAG + "position-" + position.getId(), title,
				AtomFeed.startOf(position.getValidFrom()), actor.getName(),
				absolute(Links.page("actors", actor.getSlug())),
				message("feed.change.summary", stance(previous), stance(position.getStance())), position.getSummary(),
				absolute(alternate), sourceLink(source), source.getLabel(),
				List.of("stance-change", position.getTopic().getSlug()));
	}

	/** The source's own address, or its page on the site where it has none. */
	private String sourceLink(Source source) {
		return (source.getUrl() != null) ? source.getUrl() : absolute(Links.page("sources", source.getSlug()));
	}

	private String stance(@Nullable Stance stance) {
		return (stance != null) ? message("stance." + stance) : "";
	}

	private String message(String code, Object... arguments) {
		return this.messages.getMessage(code, arguments, LocaleContextHolder.getLocale());
	}

	private static String abbreviate(String text) {
		String line = text.strip().replaceAll("\\s+", " ");
		return (line.codePointCount(0, line.length()) <= 100) ? line
				: line.substring(0, line.offsetByCodePoints(0, 99)) + "\u2026";
	}

	private String absolute(String rootRelative) {
		return this.urls.absolute(rootRelative);
	}

	/** The feed as Atom or, for an address ending in {@code .json}, as JSON Feed 1.1. */
	private static ResponseEntity<byte[]> answer(HttpServletRequest request, AtomFeed feed) {
		if (request.getRequestURI().endsWith(".json")) {
			String self = feed.self().replaceFirst("feed\\.atom", "feed.json");
			return ResponseEntity.ok().contentType(JsonFeed.MEDIA_TYPE).body(JsonFeed.of(feed, self));
		}
		return ResponseEntity.ok().contentType(AtomFeed.MEDIA_TYPE).body(feed.toXml());
	}

	/**
	 * A statement or a stance change, with what the feed sorts on: date, then stance
	 * changes before statements of the same day, then newest entry first.
	 */
	private record Dated(LocalDate on, int kind, @Nullable Long id, Object record, @Nullable Stance previous) {

	}

}
