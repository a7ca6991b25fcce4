package org.peaceterms.topic;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.peaceterms.ApiContract;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The topics of the JSON API on the shipped data. */
@SpringBootTest
@AutoConfigureMockMvc
class TopicApiControllerTests {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void listGivesTopicsInTheSitesOrderWithTheirLadders() throws Exception {
		String body = ApiContract.list(this.mvc, "/api/v1/topics?size=100&asOf=2025-01-01");
		List<Integer> order = ApiContract.each(body, "sortOrder");
		assertThat(order).isNotEmpty().isSorted();
		assertThat(ApiContract.<String>each(body, "slug")).contains("multinational-force", "territory");
	}

	@Test
	void detailGivesTheQuestionLevelsAndLinksToPositions() throws Exception {
		String body = ApiContract.json(this.mvc, "/api/v1/topics/multinational-force");
		assertThat((String) JsonPath.read(body, "$.ladder")).isEqualTo("TROOPS");
		assertThat(JsonPath.<List<String>>read(body, "$.levels")).startsWith("RULES_OUT").endsWith("LEADING");
		assertThat((String) JsonPath.read(body, "$.links.positions"))
			.isEqualTo("/api/v1/positions?topic=multinational-force");
		ApiContract.problem(this.mvc, "/api/v1/topics/nothing", 404);
		ApiContract.problem(this.mvc, "/api/v1/topics?size=1000", 400);
	}

}
