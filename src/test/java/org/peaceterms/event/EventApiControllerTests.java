package org.peaceterms.event;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.peaceterms.ApiContract;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The events of the JSON API on the shipped data. */
@SpringBootTest
@AutoConfigureMockMvc
class EventApiControllerTests {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void listGivesEventsInDateOrderWithParticipantsAndCitations() throws Exception {
		String body = ApiContract.list(this.mvc, "/api/v1/events?size=100");
		List<String> dates = ApiContract.each(body, "startsOn");
		assertThat(dates).isNotEmpty().isSorted();
		List<List<Map<String, Object>>> citations = ApiContract.each(body, "citations");
		assertThat(citations).allSatisfy((cites) -> assertThat(cites).isNotEmpty()
			.allSatisfy((cite) -> assertThat(cite).containsKeys("outlet", "title", "publishedOn", "url", "href")));
	}

	@Test
	void filtersByDatesAndAsOf() throws Exception {
		String december = ApiContract.list(this.mvc, "/api/v1/events?from=2025-12-01&to=2025-12-31&size=100");
		assertThat(ApiContract.<String>each(december, "startsOn")).isNotEmpty()
			.allSatisfy((date) -> assertThat(date).startsWith("2025-12"));
		String early = ApiContract.list(this.mvc, "/api/v1/events?to=2025-12-31&asOf=2025-02-12&size=100");
		assertThat(ApiContract.<String>each(early, "startsOn")).isNotEmpty()
			.allSatisfy((date) -> assertThat(date).isLessThanOrEqualTo("2025-02-12"));
		ApiContract.problem(this.mvc, "/api/v1/events?to=31.12.2025", 400);
	}

	@Test
	void detailGivesOneEvent() throws Exception {
		String body = ApiContract.json(this.mvc, "/api/v1/events/berlin-talks-2025-12-14");
		assertThat((String) JsonPath.read(body, "$.endsOn")).isEqualTo("2025-12-15");
		assertThat((String) JsonPath.read(body, "$.place")).isEqualTo("Berlin");
		ApiContract.problem(this.mvc, "/api/v1/events/no-such-event", 404);
	}

}
