package org.peaceterms.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peaceterms.actor.Actor;
import org.peaceterms.actor.ActorKind;
import org.peaceterms.actor.ActorRepository;
import org.peaceterms.commitment.CommitmentService;
import org.peaceterms.commitment.ForceTally;
import org.peaceterms.compare.ComparisonService;
import org.peaceterms.event.EventRepository;
import org.peaceterms.proposal.ProposalRepository;
import org.peaceterms.shared.AsOf;
import org.peaceterms.shared.Attribution;
import org.peaceterms.source.Reliability;
import org.peaceterms.source.Source;
import org.peaceterms.source.SourceKind;
import org.peaceterms.stance.StanceTimelineService;
import org.peaceterms.statement.Position;
import org.peaceterms.statement.PositionRepository;
import org.peaceterms.statement.Statement;
import org.peaceterms.statement.StatementRepository;
import org.peaceterms.topic.Condition;
import org.peaceterms.topic.Ladder;
import org.peaceterms.topic.Stance;
import org.peaceterms.topic.Topic;
import org.peaceterms.topic.TopicRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The home page's controller: view, model, the as-of parameter and its bad forms. */
// The whole application with these beans mocked: the web layer needs security, login
// throttling and the recorded-at support, which a web slice leaves out.
@SpringBootTest
@AutoConfigureMockMvc
class DashboardControllerTests {

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private ProposalRepository proposals;

	@MockitoBean
	private ActorRepository actors;

	@MockitoBean
	private PositionRepository positions;

	@MockitoBean
	private StatementRepository statements;

	@MockitoBean
	private EventRepository events;

	@MockitoBean
	private TopicRepository topics;

	@MockitoBean
	private StanceTimelineService timelines;

	@MockitoBean
	private ComparisonService comparisons;

	@MockitoBean
	private CommitmentService commitments;

	@BeforeEach
	void empty() {
		given(this.commitments.tally(any(AsOf.class))).willReturn(ForceTally.empty());
		given(this.comparisons.compareDefault(any())).willReturn(Optional.empty());
	}

	@Test
	void homeListsCountriesWithoutAStanceAsSuch() {
		given(this.actors.findByKindAndRetiredFalseOrderByName(ActorKind.COUNTRY))
			.willReturn(List.of(new Actor("testland", "Testland", ActorKind.COUNTRY, "XT")));
		assertThat(this.mvc.get().uri("/")).hasStatusOk()
			.hasViewName("dashboard/home")
			.bodyText()
			.contains("Testland")
			.contains("No stance recorded")
			.contains("No change of stance on record yet.")
			.contains("No number pledged")
			.contains("were not both on record yet");
	}

	@Test
	void homeAsOfPassesTheDateToEveryBlockAndSaysSo() {
		LocalDate march = LocalDate.of(2025, 3, 1);
		assertThat(this.mvc.get().uri("/?asOf=2025-03-01")).hasStatusOk()
			.bodyText()
			.contains("Showing the record as of 1 March 2025");
		verify(this.positions).findLatestByTopic(eq(Topic.TROOPS_SLUG), eq(ActorKind.COUNTRY), eq(march));
		verify(this.timelines).latestChanges(eq(new AsOf(march)), any(Integer.class));
		verify(this.statements).findLatest(eq(march), any());
		verify(this.events).findRecent(eq(march), any());
		verify(this.comparisons).compareDefault(new AsOf(march));
		verify(this.commitments).tally(new AsOf(march));
	}

	@Test
	void homeWithMalformedAsOfGetsAFriendly400() {
		assertThat(this.mvc.get().uri("/?asOf=<script>alert(1)</script>")).hasStatus(400);
	}

	@Test
	void conditionsAreListedInTheirOwnOrderWhateverOrderTheyWereGivenIn() {
		Actor france = new Actor("france", "France", ActorKind.COUNTRY, "FR");
		Topic troops = new Topic(Topic.TROOPS_SLUG, "Multinational force", Ladder.TROOPS, 2);
		Source source = new Source("s", "The War Zone", "Title", null, LocalDate.of(2025, 12, 15), SourceKind.NEWS,
				Reliability.ESTABLISHED);
		Statement said = new Statement(france, france, LocalDate.of(2025, 12, 15), "France would take part.",
				Attribution.PARAPHRASED, source, Set.of(troops));
		Position position = new Position(france, troops, Stance.WILLING, LocalDate.of(2025, 12, 15), source,
				"Would take part", Set.of(said));
		// Given in the other order (PositionRepositoryTests checks the order as loaded).
		position.getConditions().addAll(new LinkedHashSet<>(List.of(Condition.PEACE_AGREEMENT, Condition.US_BACKSTOP)));
		given(this.positions.findLatestByTopic(eq(Topic.TROOPS_SLUG), eq(ActorKind.COUNTRY), any()))
			.willReturn(List.of(position));
		given(this.actors.findByKindAndRetiredFalseOrderByName(ActorKind.COUNTRY)).willReturn(List.of(france));
		assertThat(this.mvc.get().uri("/")).hasStatusOk()
			.bodyText()
			.contains("<li>Needs US backstop</li><li>Needs a peace agreement</li>");
	}

}
