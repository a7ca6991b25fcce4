package org.peaceterms.compare;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.peaceterms.ApiContract;
import org.peaceterms.proposal.ProposalRepository;
import org.peaceterms.topic.TopicRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.annotation.Transactional;

/**
 * The compare relations of the JSON API: a verdict between the US package and the
 * European statement on army size, with each side's provisions and their citations.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class RelationApiControllerTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private TopicRelationRepository relations;

	@Autowired
	private ProposalRepository proposals;

	@Autowired
	private TopicRepository topics;

	private TopicRelation armySize() {
		return this.relations
			.saveAndFlush(new TopicRelation(this.proposals.findBySlug("european-statement-2025-12-15").orElseThrow(),
					this.proposals.findBySlug("us-security-package-2025-12").orElseThrow(),
					this.topics.findBySlug("ukraine-army-size").orElseThrow(), Relation.ALIGNED, "Both say 800,000."));
	}

	@Test
	void listGivesEachSidesProvisionsWithCitations() throws Exception {
		TopicRelation relation = armySize();
		String body = ApiContract.list(this.mvc,
				"/api/v1/relations?left=european-statement-2025-12-15&topic=ukraine-army-size");
		assertThat(ApiContract.<Integer>each(body, "id")).contains(relation.getId().intValue());
		String item = "$.items[?(@.id == " + relation.getId() + ")]";
		assertThat(JsonPath.read(body, item + ".relation").toString()).contains("ALIGNED");
		assertThat(JsonPath.read(body, item + ".left.provisions[*].text").toString()).contains("800,000 personnel");
		assertThat(JsonPath.read(body, item + ".right.provisions[*].text").toString()).contains("800,000 troops");
		assertThat(JsonPath.read(body, item + ".right.provisions[*].citations[*].title").toString()).isNotEqualTo("[]");
		assertThat(JsonPath.read(body, item + ".links.html").toString())
			.contains("/compare?left=european-statement-2025-12-15&right=us-security-package-2025-12");
	}

	@Test
	void asOfBeforeEitherProposalLeavesTheRelationOut() throws Exception {
		armySize();
		String body = ApiContract.list(this.mvc, "/api/v1/relations?asOf=2025-12-14");
		assertThat(ApiContract.<String>each(body, "left.proposal.slug"))
			.doesNotContain("european-statement-2025-12-15");
	}

	@Test
	void detailAndProblems() throws Exception {
		TopicRelation relation = armySize();
		String body = ApiContract.json(this.mvc, "/api/v1/relations/" + relation.getId());
		assertThat((String) JsonPath.read(body, "$.reason")).isEqualTo("Both say 800,000.");
		ApiContract.problem(this.mvc, "/api/v1/relations/99999999", 404);
		ApiContract.problem(this.mvc, "/api/v1/relations?right=nothing-here", 400);
	}

}
