package org.peaceterms.commitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peaceterms.actor.Actor;
import org.peaceterms.actor.ActorKind;
import org.peaceterms.actor.ActorRepository;
import org.peaceterms.shared.Figure;
import org.peaceterms.source.Reliability;
import org.peaceterms.source.Source;
import org.peaceterms.source.SourceKind;
import org.peaceterms.topic.Ladder;
import org.peaceterms.topic.Topic;
import org.peaceterms.topic.TopicRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The commitments page's controller with the real service: the tally, the chart's open
 * ends, figures that disagree, the filters, and the 400 cases.
 */
// The whole application with these beans mocked: the web layer needs security, login
// throttling and the recorded-at support, which a web slice leaves out.
@SpringBootTest
@AutoConfigureMockMvc
class CommitmentControllerTests {

	private static final Source SOURCE = new Source("s", "The War Zone", "Title", null, LocalDate.of(2025, 2, 17),
			SourceKind.NEWS, Reliability.ESTABLISHED);

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private CommitmentRepository commitments;

	@MockitoBean
	private ActorRepository actors;

	@MockitoBean
	private TopicRepository topics;

	private final Topic troops = new Topic("multinational-force", "Multinational force", Ladder.TROOPS, 2);

	private final Actor ukraine = new Actor("ukraine", "Ukraine", ActorKind.COUNTRY, "UA");

	private final Actor france = new Actor("france", "France", ActorKind.COUNTRY, "FR");

	private final Actor europe = new Actor("european-leaders", "European leaders", ActorKind.COALITION, null);

	@BeforeEach
	void data() {
		List<Commitment> all = List.of(
				commitment(this.europe, CommitmentBasis.ESTIMATE, 30000, 40000, "30,000 to 40,000", "2025-02-14"),
				commitment(this.europe, CommitmentBasis.ESTIMATE, 30000, null, "upwards of 30,000", "2025-02-17"),
				commitment(this.france, CommitmentBasis.ESTIMATE, null, 10000, "nearly 10,000", "2025-02-17"),
				commitment(this.ukraine, CommitmentBasis.ASK, 100000, 150000, "between 100,000 and 150,000",
						"2025-02-14"),
				commitment(this.ukraine, CommitmentBasis.PLEDGE, null, null, null, "2025-12-15"));
		given(this.commitments.findUpTo(any())).willAnswer((call) -> all.stream()
			.filter((c) -> !c.getMadeOn().isAfter(call.getArgument(0, LocalDate.class)))
			.toList());
		given(this.actors.findBySlug("france")).willReturn(Optional.of(this.france));
	}

	@Test
	void showsTheTallyTheChartWithOpenEndsAndTheFiguresThatDisagree() {
		assertThat(this.mvc.get().uri("/commitments")).hasStatusOk()
			.hasViewName("commitment/list")
			.bodyText()
			.contains("100,000\u2013150,000")
			.contains("\u2264 10,000 (open-ended)")
			.contains("\u2265 30,000 (open-ended)")
			.contains("class=\"open-end\"")
			.contains("class=\"ask-band\"")
			.contains("Figures that disagree")
			.contains("wording: \u201cnearly 10,000\u201d")
			.contains("1 pledge of troops without a number")
			.contains("The War Zone");
	}

	@Test
	void filtersByActorBasisAndKind() {
		assertThat(this.mvc.get().uri("/commitments?actor=france&basis=estimate&kind=troops")).hasStatusOk()
			.model()
			.extractingByKey("commitments")
			.asInstanceOf(InstanceOfAssertFactories.LIST)
			.hasSize(1);
	}

	@Test
	void filtersByTopicWhereATopicPageLeadsAndOffersTheTopicInTheForm() {
		given(this.topics.findBySlug("multinational-force")).willReturn(Optional.of(this.troops));
		given(this.topics.findBySlug("territory"))
			.willReturn(Optional.of(new Topic("territory", "Territory", Ladder.GENERAL, 1)));
		assertThat(this.mvc.get().uri("/commitments?topic=multinational-force")).hasStatusOk()
			.model()
			.extractingByKey("commitments")
			.asInstanceOf(InstanceOfAssertFactories.LIST)
			.hasSize(5);
		assertThat(this.mvc.get().uri("/commitments?topic=multinational-force")).hasStatusOk()
			.bodyText()
			.contains("<option value=\"multinational-force\" selected=\"selected\">Multinational force</option>");
		assertThat(this.mvc.get().uri("/commitments?topic=territory")).hasStatusOk()
			.model()
			.extractingByKey("commitments")
			.asInstanceOf(InstanceOfAssertFactories.LIST)
			.isEmpty();
		given(this.topics.findBySlug("atlantis")).willReturn(Optional.empty());
		assertThat(this.mvc.get().uri("/commitments?topic=atlantis")).hasStatus(400);
	}

	@Test
	void asOfHidesLaterCommitments() {
		assertThat(this.mvc.get().uri("/commitments?asOf=2025-02-15")).hasStatusOk()
			.bodyText()
			.contains("30,000\u201340,000")
			.doesNotContain("\u2264 10,000 (open-ended)")
			.contains("No pledge without a number");
	}

	@Test
	void anUnknownKindBasisOrActorIsA400() {
		assertThat(this.mvc.get().uri("/commitments?kind=weapons")).hasStatus(400);
		assertThat(this.mvc.get().uri("/commitments?basis=<b>")).hasStatus(400);
		given(this.actors.findBySlug("atlantis")).willReturn(Optional.empty());
		assertThat(this.mvc.get().uri("/commitments?actor=atlantis")).hasStatus(400);
	}

	private Commitment commitment(Actor actor, CommitmentBasis basis, @Nullable Integer min, @Nullable Integer max,
			@Nullable String text, String madeOn) {
		Figure amount = (text != null) ? new Figure((min != null) ? BigDecimal.valueOf(min) : null,
				(max != null) ? BigDecimal.valueOf(max) : null, "troops", text) : null;
		return new Commitment(actor, this.troops, CommitmentKind.TROOPS, basis, CommitmentStatus.REPORTED,
				actor.getName() + " " + basis, amount, LocalDate.parse(madeOn), Set.of(SOURCE));
	}

}
