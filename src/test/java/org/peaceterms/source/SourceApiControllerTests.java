package org.peaceterms.source;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.peaceterms.ApiContract;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The sources of the JSON API on the shipped data. */
@SpringBootTest
@AutoConfigureMockMvc
class SourceApiControllerTests {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void listGivesEverySourceNewestFirstWithItsCitationFields() throws Exception {
		String body = ApiContract.list(this.mvc, "/api/v1/sources");
		assertThat((Integer) JsonPath.read(body, "$.total")).isEqualTo(5);
		List<String> dates = ApiContract.each(body, "publishedOn");
		assertThat(dates).isSortedAccordingTo((a, b) -> b.compareTo(a));
		assertThat(ApiContract.<String>each(body, "outlet")).contains("RksNews", "The War Zone");
		assertThat(JsonPath.<List<Object>>read(body, "$.items[*].url")).hasSize(5);
		assertThat(ApiContract.<String>each(body, "links.self"))
			.allMatch((link) -> link.startsWith("/api/v1/sources/"));
	}

	@Test
	void asOfLeavesOutLaterSources() throws Exception {
		String body = ApiContract.list(this.mvc, "/api/v1/sources?asOf=2025-02-16");
		assertThat(ApiContract.<String>each(body, "publishedOn")).containsExactly("2025-02-14");
	}

	@Test
	void detailGivesOneSourceAndUnknownSlugsAProblem() throws Exception {
		String body = ApiContract.json(this.mvc, "/api/v1/sources/warzone-2025-02-17-europe-troops");
		assertThat((String) JsonPath.read(body, "$.outlet")).isEqualTo("The War Zone");
		assertThat((String) JsonPath.read(body, "$.reliability")).isNotBlank();
		assertThat((String) JsonPath.read(body, "$.links.html")).isEqualTo("/sources/warzone-2025-02-17-europe-troops");
		assertThat(ApiContract.problem(this.mvc, "/api/v1/sources/no-such-source", 404)).contains("Source not found");
		ApiContract.problem(this.mvc, "/api/v1/sources?asOf=soon", 400);
	}

}
