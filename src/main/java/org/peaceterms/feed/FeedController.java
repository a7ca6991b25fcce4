package org.peaceterms.feed;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.peaceterms.actor.Actor;
import org.peaceterms.actor.ActorRepository;
import org.peaceterms.opendata.AtomFeed;
import org.peaceterms.shared.AsOf;
import org.peaceterms.shared.NotFoundException;
import org.peaceterms.source.Source;
import org.peaceterms.stance.StanceTimelineService;
import org.peaceterms.statement.Position;
import org.peaceterms.statement.Statement;
import org.peaceterms.statement.StatementCriteria;
import org.peaceterms.statement.StatementRepository;
import org.peaceterms.topic.Stance;
import org.peaceterms.topic.Topic;
import org.peaceterms.web.Links;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The Atom feeds: new statements and stance changes (a position whose previous position
 * of the same actor on the same topic had another level), newest first, at most
 * {@link AtomFeed#ENTRIES}; the whole site at {@code /feed.atom}, one actor (what it
 * said, what was said on its behalf, its stance changes) at
 * {@code /actors/{slug}/feed.atom}. Each entry links to the statement's page (for a
 * stance change, the latest statement it rests on) and to its source.
 */
@RestController
class FeedController {

	private final StatementRepository statements;

	private final StanceTimelineService stances;

	private final ActorRepository actors;

	private final MessageSource messages;

	FeedController(StatementRepository statements, StanceTimelineService stances, ActorRepository actors,
			MessageSource messages) {
		this.statements = statements;
		this.stances = stances;
		this.actors = actors;
		this.messages = messages;
	}

	@GetMapping(path = "/feed.atom", produces = "application/atom+xml")
	@Transactional(readOnly = true)
	ResponseEntity<byte[]> feed() {
		LocalDate today = LocalDate.now();
		List<AtomFeed.Entry> entries = entries(null, today);
		return atom(new AtomFeed(AtomFeed.TAG + "feed", message("feed.title"), message("feed.subtitle"),
				absolute("/feed.atom"), absolute(Links.page()), message("app.name"), entries));
	}

	@GetMapping(path = "/actors/{slug}/feed.atom", produces = "application/atom+xml")
	@Transactional(readOnly = true)
	ResponseEntity<byte[]> actorFeed(@PathVariable String slug) {
		Actor actor = this.actors.findBySlug(slug)
			.filter((found) -> !found.isRetired())
			.orElseThrow(() -> new NotFoundException("Actor"));
		LocalDate today = LocalDate.now();
		List<AtomFeed.Entry> entries = entries(actor, today);
		return atom(new AtomFeed(AtomFeed.TAG + "actor-" + actor.getSlug(),
				message("feed.actor.title", actor.getName()), message("feed.actor.subtitle", actor.getName()),
				absolute(Links.page("actors", actor.getSlug(), "feed.atom")),
				absolute(Links.page("actors", actor.getSlug())), message("app.name"), entries));
	}

	private List<AtomFeed.Entry> entries(@Nullable Actor actor, LocalDate today) {
		List<Dated> dated = new ArrayList<>();
		StatementCriteria criteria = new StatementCriteria(null, null, actor, null, null, null, today);
		this.statements
			.findBy(criteria.specification(),
					(query) -> query.sortBy(StatementCriteria.NEWEST_FIRST).limit(AtomFeed.ENTRIES).all())
			.forEach((statement) -> dated
				.add(new Dated(statement.getSaidOn(), 0, statement.requireId(), statement, null)));
		// The changes as the stances page counts them (of two positions on one day, the
		// later).
		this.stances.latestChanges(new AsOf(today), actor, AtomFeed.ENTRIES)
			.forEach((change) -> dated
				.add(new Dated(change.on(), 1, change.position().getId(), change.position(), change.previous())));
		return dated.stream()
			.sorted(Comparator.comparing(Dated::on).thenComparing(Dated::kind).thenComparing(Dated::id).reversed())
			.limit(AtomFeed.ENTRIES)
			.map(this::entry)
			.toList();
	}

	private AtomFeed.Entry entry(Dated dated) {
		if (dated.record() instanceof Statement statement) {
			return statementEntry(statement);
		}
		return changeEntry((Position) dated.record(), dated.previous());
	}

	private AtomFeed.Entry statementEntry(Statement statement) {
		Actor speaker = statement.getSpeaker();
		String title = message(statement.isVerbatim() ? "feed.statement.title" : "feed.statement.paraphrase",
				speaker.getName(), abbreviate(statement.getText()));
		List<String> categories = new ArrayList<>();
		categories.add("statement");
		statement.getTopics().stream().map(Topic::getSlug).sorted().forEach(categories::add);
		Source source = statement.getSource();
		return new AtomFeed.Entry(AtomFeed.TAG + "statement-" + statement.requireId(), title,
				AtomFeed.startOf(statement.getSaidOn()), speaker.getName(),
				absolute(Links.page("actors", speaker.getSlug())), null, statement.getText(),
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

	private static String absolute(String rootRelative) {
		return ServletUriComponentsBuilder.fromCurrentContextPath().replacePath(null).build().toUriString()
				+ rootRelative;
	}

	private static ResponseEntity<byte[]> atom(AtomFeed feed) {
		return ResponseEntity.ok().contentType(AtomFeed.MEDIA_TYPE).body(feed.toXml());
	}

	/**
	 * A statement or a stance change, with what the feed sorts on: date, then stance
	 * changes before statements of the same day, then newest entry first.
	 */
	private record Dated(LocalDate on, int kind, @Nullable Long id, Object record, @Nullable Stance previous) {

	}

}
