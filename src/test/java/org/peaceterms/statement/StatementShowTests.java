package org.peaceterms.statement;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The page of one statement, which the feeds link to, on the shipped data. */
@SpringBootTest
@AutoConfigureMockMvc
class StatementShowTests {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void showsTheWordsTheSpeakerAndTheCitation() {
		assertThat(this.mvc.get().uri("/statements/4")).hasStatusOk()
			.hasViewName("statement/show")
			.bodyText()
			.contains("No U.S. troops would be deployed on the ground in Ukraine under the plan.")
			.contains("Paraphrase")
			.contains("United States")
			.contains("by 16 Dec 2025 (date not given)")
			.contains("Provision 7 of US package (Dec 2025)")
			.contains("Ukraine Peace Talks Heat Up")
			.contains("16 Dec 2025")
			.contains("/api/v1/statements/4")
			.contains("application/atom+xml");
	}

	@Test
	void unknownStatementIsAFriendly404() {
		assertThat(this.mvc.get().uri("/statements/987654").accept("text/html")).hasStatus(404);
		assertThat(this.mvc.get().uri("/statements/not-a-number").accept("text/html")).hasStatus(404);
	}

}
