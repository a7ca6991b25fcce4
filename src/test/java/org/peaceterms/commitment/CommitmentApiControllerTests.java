package org.peaceterms.commitment;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.peaceterms.ApiContract;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The commitments of the JSON API on the shipped data. */
@SpringBootTest
@AutoConfigureMockMvc
class CommitmentApiControllerTests {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void listGivesAmountsConditionsAndCitations() throws Exception {
		String body = ApiContract.list(this.mvc, "/api/v1/commitments?size=100");
		List<String> dates = ApiContract.each(body, "madeOn");
		assertThat(dates).isNotEmpty().isSortedAccordingTo((a, b) -> b.compareTo(a));
		String money = JsonPath.read(body, "$.items[?(@.id == 1)].amount").toString();
		assertThat(money).contains("GBP", "3 billion pounds per year", "3,000,000,000");
		assertThat(body).contains("\"min\":3000000000,\"max\":3000000000,");
		assertThat(JsonPath.<List<Object>>read(body, "$.items[*].citations[0].title")).hasSameSizeAs(dates);
	}

	@Test
	void filtersByActorKindBasisAndAsOf() throws Exception {
		String uk = ApiContract.list(this.mvc, "/api/v1/commitments?actor=united-kingdom&kind=troops&size=100");
		assertThat(ApiContract.<String>each(uk, "actor.slug")).isNotEmpty().containsOnly("united-kingdom");
		assertThat(ApiContract.<String>each(uk, "kind")).containsOnly("TROOPS");
		String estimates = ApiContract.list(this.mvc, "/api/v1/commitments?basis=ESTIMATE&size=100");
		assertThat(ApiContract.<String>each(estimates, "basis")).isNotEmpty().containsOnly("ESTIMATE");
		String early = ApiContract.list(this.mvc, "/api/v1/commitments?asOf=2025-02-15&size=100");
		assertThat(ApiContract.<String>each(early, "madeOn")).isNotEmpty()
			.allSatisfy((date) -> assertThat(date).isLessThanOrEqualTo("2025-02-15"));
		ApiContract.problem(this.mvc, "/api/v1/commitments?basis=promise", 400);
		ApiContract.problem(this.mvc, "/api/v1/commitments?actor=nobody", 400);
	}

	@Test
	void detailGivesOneCommitment() throws Exception {
		String body = ApiContract.json(this.mvc, "/api/v1/commitments/7");
		assertThat((String) JsonPath.read(body, "$.basis")).isEqualTo("ASK");
		assertThat((String) JsonPath.read(body, "$.amount.range")).isEqualTo("100,000\u2013150,000");
		ApiContract.problem(this.mvc, "/api/v1/commitments/123456", 404);
	}

}
