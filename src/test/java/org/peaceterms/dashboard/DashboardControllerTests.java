package org.peaceterms.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.peaceterms.actor.Actor;
import org.peaceterms.actor.ActorKind;
import org.peaceterms.actor.ActorRepository;
import org.peaceterms.commitment.CommitmentRepository;
import org.peaceterms.proposal.ProposalRepository;
import org.peaceterms.source.SourceRepository;
import org.peaceterms.statement.PositionRepository;
import org.peaceterms.statement.StatementRepository;
import org.peaceterms.topic.Topic;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The home page's controller: view, model, the as-of parameter and its bad forms. */
@WebMvcTest(DashboardController.class)
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
	private CommitmentRepository commitments;

	@MockitoBean
	private SourceRepository sources;

	@Test
	void homeListsCountriesWithoutAStanceAsSuch() {
		given(this.actors.findByKindAndRetiredFalseOrderByName(ActorKind.COUNTRY))
			.willReturn(List.of(new Actor("testland", "Testland", ActorKind.COUNTRY, "XT")));
		assertThat(this.mvc.get().uri("/")).hasStatusOk()
			.hasViewName("dashboard/home")
			.bodyText()
			.contains("Testland")
			.contains("No stance recorded");
	}

	@Test
	void homeAsOfPassesTheDateToTheQueryAndSaysSo() {
		assertThat(this.mvc.get().uri("/?asOf=2025-03-01")).hasStatusOk()
			.bodyText()
			.contains("Showing the record as of 1 March 2025");
		org.mockito.Mockito.verify(this.positions)
			.findLatestByTopic(eq(Topic.TROOPS_SLUG), eq(ActorKind.COUNTRY), eq(LocalDate.of(2025, 3, 1)));
	}

	@Test
	void homeWithMalformedAsOfGetsAFriendly400() {
		given(this.positions.findLatestByTopic(any(), any(), any())).willReturn(List.of());
		assertThat(this.mvc.get().uri("/?asOf=<script>alert(1)</script>")).hasStatus(400);
	}

}
