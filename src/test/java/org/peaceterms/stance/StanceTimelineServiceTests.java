package org.peaceterms.stance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peaceterms.actor.Actor;
import org.peaceterms.actor.ActorKind;
import org.peaceterms.shared.AsOf;
import org.peaceterms.shared.Attribution;
import org.peaceterms.shared.BadRequestException;
import org.peaceterms.source.Reliability;
import org.peaceterms.source.Source;
import org.peaceterms.source.SourceKind;
import org.peaceterms.statement.Position;
import org.peaceterms.statement.PositionRepository;
import org.peaceterms.statement.Statement;
import org.peaceterms.topic.Ladder;
import org.peaceterms.topic.Stance;
import org.peaceterms.topic.Topic;

/**
 * The stance timeline: segments from each position to the next, changes of level, marks
 * for the evidence, the default range, and nothing after the as-of date.
 */
class StanceTimelineServiceTests {

	private static final Source SOURCE = new Source("s", "Outlet", "Title", null, LocalDate.of(2025, 2, 17),
			SourceKind.NEWS, Reliability.ESTABLISHED);

	private final Topic troops = new Topic(Topic.TROOPS_SLUG, "Multinational force", Ladder.TROOPS, 2);

	private final Actor germany = new Actor("germany", "Germany", ActorKind.COUNTRY, "DE");

	private final Actor france = new Actor("france", "France", ActorKind.COUNTRY, "FR");

	private final PositionRepository positions = mock();

	private final StanceTimelineService service = new StanceTimelineService(this.positions);

	private final List<Position> all = new ArrayList<>();

	@BeforeEach
	void repository() {
		given(this.positions.findTimeline(any(), any(), any())).willAnswer((call) -> {
			LocalDate until = call.getArgument(2);
			return this.all.stream().filter((position) -> !position.getValidFrom().isAfter(until)).toList();
		});
	}

	@Test
	void segmentsRunFromEachPositionToTheNextAndTheLastToTheEndOfTheRange() {
		position(this.germany, Stance.NOT_NOW, "2025-02-17", "2025-02-17");
		position(this.germany, Stance.OPEN, "2025-12-15", "2025-12-15");
		StanceTimeline timeline = this.service.timeline(this.troops, StanceGroup.COUNTRIES, date("2025-01-01"),
				date("2025-12-31"), AsOf.today());
		StanceTimeline.Row row = timeline.rows().get(0);
		assertThat(row.segments()).extracting(StanceTimeline.Segment::start, StanceTimeline.Segment::end)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(date("2025-02-17"), date("2025-12-14")),
					org.assertj.core.groups.Tuple.tuple(date("2025-12-15"), date("2025-12-31")));
		StanceTimeline.Segment last = row.segments().get(1);
		assertThat(last.x() + last.width()).isEqualTo(StanceTimeline.PLOT_RIGHT);
		assertThat(row.segments().get(0).x()).isGreaterThan(StanceTimeline.PLOT_LEFT);
		assertThat(timeline.getChanges()).singleElement().satisfies((change) -> {
			assertThat(change.previous()).isEqualTo(Stance.NOT_NOW);
			assertThat(change.stance()).isEqualTo(Stance.OPEN);
			assertThat(change.on()).isEqualTo(date("2025-12-15"));
		});
		assertThat(row.entries().get(0).change().isFirst()).isTrue();
		assertThat(row.entries().get(0).until()).isEqualTo(date("2025-12-15"));
		assertThat(row.entries().get(1).until()).isNull();
	}

	@Test
	void ofTwoPositionsOnOneDayTheOneEnteredLastHolds() {
		position(this.france, Stance.OPEN, "2025-02-17", "2025-02-17");
		position(this.france, Stance.WILLING, "2025-02-17", "2025-02-17");
		StanceTimeline timeline = this.service.timeline(this.troops, StanceGroup.COUNTRIES, null, null, AsOf.today());
		assertThat(timeline.rows().get(0).segments()).singleElement()
			.extracting((segment) -> segment.position().getStance())
			.isEqualTo(Stance.WILLING);
		assertThat(timeline.getChanges()).isEmpty();
	}

	@Test
	void aPositionTakenBeforeTheRangeIsCarriedInButItsChangeIsNotListed() {
		position(this.germany, Stance.RULES_OUT, "2025-01-10", "2025-01-10");
		position(this.germany, Stance.NOT_NOW, "2025-02-17", "2025-02-17");
		StanceTimeline timeline = this.service.timeline(this.troops, StanceGroup.COUNTRIES, date("2025-03-01"),
				date("2025-03-31"), AsOf.today());
		assertThat(timeline.rows().get(0).segments()).singleElement().satisfies((segment) -> {
			assertThat(segment.start()).isEqualTo(date("2025-03-01"));
			assertThat(segment.x()).isEqualTo(StanceTimeline.PLOT_LEFT);
		});
		assertThat(timeline.getChanges()).isEmpty();
		assertThat(timeline.rows().get(0).marks()).isEmpty();
	}

	@Test
	void withoutARangeItStartsWithTheMonthOfTheFirstPositionAndEndsTodaySoTheLatestChangeIsAVisibleSegment() {
		position(this.germany, Stance.NOT_NOW, "2025-02-17", "2025-02-14");
		position(this.germany, Stance.OPEN, "2025-12-15", "2025-12-15");
		StanceTimeline timeline = this.service.timeline(this.troops, StanceGroup.COUNTRIES, null, null, AsOf.today());
		assertThat(timeline.from()).isEqualTo(date("2025-02-01"));
		assertThat(timeline.to()).isEqualTo(java.time.LocalDate.now());
		assertThat(timeline.ticks()).isNotEmpty().hasSizeLessThanOrEqualTo(13);
		assertThat(timeline.ticks().get(0).withYear()).isTrue();
		assertThat(timeline.rows().get(0).marks()).hasSize(2);
		StanceTimeline.Segment current = timeline.rows().get(0).segments().get(1);
		assertThat(current.position().getStance()).isEqualTo(Stance.OPEN);
		assertThat(current.isCurrent(timeline.to())).isTrue();
		// Open since 15 Dec 2025 up to today: wide enough to carry its label.
		assertThat(current.width()).isGreaterThanOrEqualTo(70);
	}

	@Test
	void asOfHidesLaterPositionsAndStatementsAndEndsTheRange() {
		position(this.germany, Stance.NOT_NOW, "2025-02-17", "2025-02-17", "2025-06-01");
		position(this.germany, Stance.OPEN, "2025-12-15", "2025-12-15");
		StanceTimeline timeline = this.service.timeline(this.troops, StanceGroup.COUNTRIES, null, null,
				new AsOf(date("2025-03-01")));
		assertThat(timeline.to()).isEqualTo(date("2025-03-01"));
		StanceTimeline.Row row = timeline.rows().get(0);
		assertThat(row.segments()).singleElement();
		assertThat(row.marks()).extracting((mark) -> mark.getStatement().getSaidOn())
			.containsExactly(date("2025-02-17"));
		assertThat(row.entries().get(0).evidence()).hasSize(1);
		assertThat(timeline.getChanges()).isEmpty();
	}

	@Test
	void aRangeEndingBeforeItStartsIsABadRequest() {
		assertThatThrownBy(() -> this.service.timeline(this.troops, StanceGroup.COUNTRIES, date("2025-06-01"),
				date("2025-01-01"), AsOf.today()))
			.isInstanceOf(BadRequestException.class);
	}

	@Test
	void statementsTooCloseToDrawApartAreGroupedIntoOneMarkThatCountsThem() {
		position(this.germany, Stance.NOT_NOW, "2025-02-17", "2025-02-17", "2025-02-17");
		StanceTimeline timeline = this.service.timeline(this.troops, StanceGroup.COUNTRIES, null, null, AsOf.today());
		assertThat(timeline.rows().get(0).marks()).singleElement().satisfies((mark) -> {
			assertThat(mark.getCount()).isEqualTo(2);
			assertThat(mark.isGroup()).isTrue();
		});
		assertThat(timeline.getMarkCount()).isEqualTo(1);
	}

	@Test
	void theStripHoldsEachCountrysLevelAtTheEndOfEachOfTwelveMonths() {
		position(this.germany, Stance.NOT_NOW, "2025-02-17", "2025-02-17");
		position(this.germany, Stance.OPEN, "2025-12-15", "2025-12-15");
		StanceStrip strip = this.service.strip(this.troops, AsOf.today());
		assertThat(strip.months()).first().isEqualTo(YearMonth.of(2025, 1));
		assertThat(strip.months()).last().isEqualTo(YearMonth.of(2025, 12));
		List<Position> cells = strip.rows().get(0).cells();
		assertThat(cells.get(0)).isNull();
		assertThat(cells.get(1).getStance()).isEqualTo(Stance.NOT_NOW);
		assertThat(cells.get(10).getStance()).isEqualTo(Stance.NOT_NOW);
		assertThat(cells.get(11).getStance()).isEqualTo(Stance.OPEN);
	}

	private void position(Actor actor, Stance stance, String validFrom, String... saidOn) {
		Set<Statement> evidence = new java.util.LinkedHashSet<>();
		for (String day : saidOn) {
			evidence.add(new Statement(actor, actor, date(day), "Said on " + day, Attribution.SAID, SOURCE,
					Set.of(this.troops)));
		}
		this.all.add(new Position(actor, this.troops, stance, date(validFrom), SOURCE, stance + " summary", evidence));
	}

	private static LocalDate date(String value) {
		return LocalDate.parse(value);
	}

}
