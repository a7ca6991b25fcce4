package org.peaceterms.commitment;

import static org.assertj.core.api.Assertions.assertThat;

import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The commitments page's controller on the shipped data (read from the database as the
 * page reads it): the tally, the chart's open ends, figures that disagree, the filters,
 * and the 400 cases. {@link CommitmentListingTests} checks the bounded listing against
 * the listing of everything on far more data.
 */
// The whole application with these beans mocked: the web layer needs security, login
// throttling and the recorded-at support, which a web slice leaves out.
@SpringBootTest
@AutoConfigureMockMvc
class CommitmentControllerTests {

	/**
	 * The commitments on record on a topic today, as {@link CommitmentRepository#SHOWN}.
	 */
	private static final String ON_TOPIC = """
			select count(*) from commitment c join actor a on a.id = c.actor_id join topic t on t.id = c.topic_id
			where t.slug = ? and c.retired = false and a.retired = false and c.made_on <= current_date
			  and exists (select 1 from commitment_source cs join source s on s.id = cs.source_id
			    where cs.commitment_id = c.id and s.published_on <= current_date)
			""";

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private JdbcTemplate jdbc;

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
			.containsPattern("\\d+ pledges? of troops without a number")
			.contains("The War Zone");
	}

	@Test
	void filtersByActorBasisAndKind() {
		assertThat(this.mvc.get().uri("/commitments?actor=france&basis=estimate&kind=troops")).hasStatusOk()
			.model()
			.extractingByKey("commitments")
			.asInstanceOf(InstanceOfAssertFactories.LIST)
			.singleElement()
			.satisfies((m) -> assertThat(((Commitment) m).getAmountWording()).isEqualTo("nearly 10,000"));
	}

	@Test
	void filtersByTopicWhereATopicPageLeadsAndOffersTheTopicInTheForm() {
		Long onTopic = this.jdbc.queryForObject(ON_TOPIC, Long.class, "multinational-force");
		assertThat(onTopic).isPositive();
		assertThat(this.mvc.get().uri("/commitments?topic=multinational-force")).hasStatusOk()
			.model()
			.containsEntry("total", onTopic)
			.extractingByKey("commitments")
			.asInstanceOf(InstanceOfAssertFactories.LIST)
			.hasSize(Math.toIntExact(Math.min(onTopic, CommitmentController.TABLE_ROWS)))
			.allSatisfy((m) -> assertThat(((Commitment) m).getTopic().getSlug()).isEqualTo("multinational-force"));
		assertThat(this.mvc.get().uri("/commitments?topic=multinational-force")).hasStatusOk()
			.bodyText()
			.contains("<option value=\"multinational-force\" selected=\"selected\">Multinational force");
		String none = this.jdbc.queryForObject(
				"select min(slug) from topic t where not exists (select 1 from commitment c where c.topic_id = t.id)",
				String.class);
		assertThat(this.mvc.get().uri("/commitments?topic=" + none)).hasStatusOk()
			.model()
			.containsEntry("total", 0L)
			.extractingByKey("commitments")
			.asInstanceOf(InstanceOfAssertFactories.LIST)
			.isEmpty();
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
		assertThat(this.mvc.get().uri("/commitments?actor=atlantis")).hasStatus(400);
	}

}
