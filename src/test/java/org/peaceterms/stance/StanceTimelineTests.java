package org.peaceterms.stance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.peaceterms.statement.Position;

/**
 * By default the stances page shows the actors whose level changed last, in the chart's
 * order, so that its size does not grow with the actors on record.
 */
class StanceTimelineTests {

	@Test
	void limitedToKeepsTheActorsThatChangedLastInTheChartsOrder() {
		List<StanceTimeline.Row> rows = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			// Row i changed on day (i * 7) % 20 of 2025: an order unlike the chart's.
			LocalDate changed = LocalDate.of(2025, 1, 1).plusDays((i * 7) % 20);
			rows.add(new StanceTimeline.Row(null,
					List.of(new StanceTimeline.Segment(null, LocalDate.of(2024, 1, 1), changed, 0, 1),
							new StanceTimeline.Segment(null, changed, LocalDate.of(2025, 12, 31), 1, 1)),
					List.of(), List.of()));
		}
		StanceTimeline timeline = new StanceTimeline(null, StanceGroup.COUNTRIES, LocalDate.of(2024, 1, 1),
				LocalDate.of(2025, 12, 31), List.of(), rows, List.of());

		StanceTimeline limited = timeline.limitedTo(15);

		assertThat(limited.rows()).hasSize(15);
		// The five left out changed earliest (days 0 to 4).
		assertThat(limited.rows())
			.allSatisfy((row) -> assertThat(row.segments().get(1).start()).isAfterOrEqualTo(LocalDate.of(2025, 1, 6)));
		// In the chart's order.
		assertThat(limited.rows()).isSubsetOf(rows);
		assertThat(rows.indexOf(limited.rows().get(0))).isLessThan(rows.indexOf(limited.rows().get(14)));
		assertThat(timeline.limitedTo(20)).isSameAs(timeline);
	}

	@Test
	void theOverviewsStripShowsTheCountriesWhoseStanceChangedLast() {
		List<StanceStrip.Row> rows = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			Position position = Mockito.mock(Position.class);
			Mockito.when(position.getValidFrom()).thenReturn(LocalDate.of(2025, 1, 1).plusDays((i * 7) % 30));
			List<Position> cells = new ArrayList<>();
			cells.add(null);
			cells.add(position);
			rows.add(new StanceStrip.Row(null, cells));
		}
		StanceStrip strip = new StanceStrip(List.of(), rows);
		assertThat(strip.getShownRows()).hasSize(StanceStrip.SHOWN)
			.allSatisfy(
					(row) -> assertThat(row.cells().get(1).getValidFrom()).isAfterOrEqualTo(LocalDate.of(2025, 1, 11)));
		assertThat(rows.indexOf(strip.getShownRows().get(0))).isLessThan(rows.indexOf(strip.getShownRows().get(19)));
		assertThat(strip.getHiddenCount()).isEqualTo(10);
		assertThat(new StanceStrip(List.of(), rows.subList(0, 5)).getShownRows()).hasSize(5);
	}

}
