package org.peaceterms.statement;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.peaceterms.ApiContract;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The positions of the JSON API on the shipped data. */
@SpringBootTest
@AutoConfigureMockMvc
class PositionApiControllerTests {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void germanysTroopStanceShowsItsChangeFromNotNowToOpen() throws Exception {
		String body = ApiContract.list(this.mvc, "/api/v1/positions?actor=germany&topic=multinational-force");
		assertThat(ApiContract.<String>each(body, "stance")).containsExactly("OPEN", "NOT_NOW");
		assertThat(ApiContract.<String>each(body, "previousStance")).containsExactly("NOT_NOW", null);
		assertThat(ApiContract.<Boolean>each(body, "changed")).containsExactly(true, false);
		assertThat(ApiContract.<Integer>each(body, "rank")).containsExactly(2, 1);
		assertThat(ApiContract.<String>each(body, "citation.publishedOn")).containsExactly("2025-12-16", "2025-02-17");
		assertThat(JsonPath.<List<Object>>read(body, "$.items[*].evidence[0].href")).hasSize(2);
	}

	@Test
	void filtersByStanceAndAsOf() throws Exception {
		String willing = ApiContract.list(this.mvc, "/api/v1/positions?stance=willing&size=100");
		assertThat(ApiContract.<String>each(willing, "stance")).isNotEmpty().containsOnly("WILLING");
		String early = ApiContract.list(this.mvc, "/api/v1/positions?actor=germany&asOf=2025-03-01");
		assertThat(ApiContract.<String>each(early, "stance")).doesNotContain("OPEN").contains("NOT_NOW");
		ApiContract.problem(this.mvc, "/api/v1/positions?stance=maybe", 400);
		ApiContract.problem(this.mvc, "/api/v1/positions?topic=nothing", 400);
	}

	@Test
	void detailGivesOnePositionWithItsPreviousStance() throws Exception {
		String body = ApiContract.json(this.mvc, "/api/v1/positions/7");
		assertThat((String) JsonPath.read(body, "$.previousStance")).isEqualTo("NOT_NOW");
		assertThat((String) JsonPath.read(body, "$.links.actor")).isEqualTo("/api/v1/actors/germany");
		ApiContract.problem(this.mvc, "/api/v1/positions/424242", 404);
	}

}
