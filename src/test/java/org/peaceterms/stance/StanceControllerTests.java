package org.peaceterms.stance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peaceterms.actor.Actor;
import org.peaceterms.actor.ActorKind;
import org.peaceterms.security.SecurityConfiguration;
import org.peaceterms.source.Reliability;
import org.peaceterms.source.Source;
import org.peaceterms.source.SourceKind;
import org.peaceterms.statement.Position;
import org.peaceterms.statement.PositionRepository;
import org.peaceterms.statement.Statement;
import org.peaceterms.topic.Ladder;
import org.peaceterms.topic.Stance;
import org.peaceterms.topic.Topic;
import org.peaceterms.topic.TopicRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The stances page's controller with the real timeline service: the chart, its marks, the
 * table, and the 400 and 404 cases.
 */
@WebMvcTest(StanceController.class)
@Import({ SecurityConfiguration.class, StanceTimelineService.class })
class StanceControllerTests {

	private static final Source SOURCE = new Source("s", "The War Zone", "Title", null, LocalDate.of(2025, 2, 17),
			SourceKind.NEWS, Reliability.ESTABLISHED);

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private TopicRepository topics;

	@MockitoBean
	private PositionRepository positions;

	private final Topic troops = new Topic(Topic.TROOPS_SLUG, "Multinational force", Ladder.TROOPS, 2);

	@BeforeEach
	void data() {
		Actor germany = new Actor("germany", "Germany", ActorKind.COUNTRY, "DE");
		Actor scholz = new Actor("olaf-scholz", "Olaf Scholz", ActorKind.PERSON, null);
		Statement said = new Statement(scholz, germany, LocalDate.of(2025, 2, 17),
				"Unfortunately we are still a long way off <script>alert(1)</script>", true, SOURCE,
				Set.of(this.troops));
		Statement signed = new Statement(germany, germany, LocalDate.of(2025, 12, 15), "Germany signed the statement.",
				false, SOURCE, Set.of(this.troops));
		List<Position> found = List.of(
				new Position(germany, this.troops, Stance.NOT_NOW, LocalDate.of(2025, 2, 17), SOURCE,
						"Still a long way off", Set.of(said)),
				new Position(germany, this.troops, Stance.OPEN, LocalDate.of(2025, 12, 15), SOURCE, "Signed",
						Set.of(signed)));
		given(this.topics.findBySlug(Topic.TROOPS_SLUG)).willReturn(Optional.of(this.troops));
		given(this.topics.findByRetiredFalseOrderBySortOrder()).willReturn(List.of(this.troops));
		given(this.positions.findTimeline(eq(this.troops), any(), any())).willAnswer((call) -> found.stream()
			.filter((p) -> !p.getValidFrom().isAfter(call.getArgument(2, LocalDate.class)))
			.toList());
	}

	@Test
	void showsTheTimelineWithFocusableMarksALegendAndTheChangeInTheTable() {
		assertThat(this.mvc.get().uri("/stances")).hasStatusOk()
			.hasViewName("stance/show")
			.bodyText()
			.contains("<svg class=\"timeline-chart\"")
			.contains("tabindex=\"0\"")
			.contains("role=\"button\"")
			.contains("data-speaker=\"Olaf Scholz (Germany)\"")
			.contains("Germany: Not now \u2192 Open, 15 Dec 2025")
			.contains("Premature; not in the near term.")
			.contains("url(#pat-1)")
			.contains("The War Zone")
			.contains("/assets/js/stances.js")
			.doesNotContain("<script>alert(1)</script>")
			.contains("&lt;script&gt;alert(1)&lt;/script&gt;");
	}

	@Test
	void asOfHidesTheLaterPositionAndItsChange() {
		assertThat(this.mvc.get().uri("/stances?asOf=2025-03-01")).hasStatusOk()
			.bodyText()
			.contains("Not now")
			.doesNotContain("Germany signed the statement.")
			.doesNotContain("Not now \u2192 Open");
	}

	@Test
	void anUnknownTopicIsA404() {
		given(this.topics.findBySlug("no-such-topic")).willReturn(Optional.empty());
		assertThat(this.mvc.get().uri("/stances?topic=no-such-topic")).hasStatus(404);
	}

	@Test
	void malformedDatesAnUnknownGroupOrAnInvertedRangeAreA400() {
		assertThat(this.mvc.get().uri("/stances?from=2025-13-01")).hasStatus(400);
		assertThat(this.mvc.get().uri("/stances?to=yesterday")).hasStatus(400);
		assertThat(this.mvc.get().uri("/stances?group=robots")).hasStatus(400);
		assertThat(this.mvc.get().uri("/stances?from=2025-06-01&to=2025-01-01")).hasStatus(400);
	}

	@Test
	void theGroupFilterIsKeptInTheForm() {
		assertThat(this.mvc.get().uri("/stances?group=all")).hasStatusOk()
			.bodyText()
			.contains("<option value=\"all\" selected=\"selected\">All actors</option>");
	}

}
