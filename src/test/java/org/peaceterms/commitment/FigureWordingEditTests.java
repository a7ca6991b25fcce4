package org.peaceterms.commitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import org.junit.jupiter.api.Test;
import org.peaceterms.HtmlForms;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.util.MultiValueMap;

/**
 * A figure given only in words ("tens of thousands") or with a unit but no number
 * survives an edit that changes nothing, for commitments and provisions alike; and the
 * admin commitment search, which looks in the amount's wording too, answers.
 */
@DirtiesContext
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(username = "editor-anna", roles = "EDITOR")
class FigureWordingEditTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void unchangedEditOfACommitmentKeepsItsWordingAndUnit() throws Exception {
		// Shipped commitment 8: "tens of thousands" soldiers, no number.
		String page = this.mvc.get().uri("/admin/commitments/8").exchange().getResponse().getContentAsString();
		MultiValueMap<String, String> form = HtmlForms.read(page, "form.admin-form");
		assertThat(form.getFirst("amountText")).isEqualTo("tens of thousands");
		assertThat(form.getFirst("amountUnit")).isEqualTo("soldiers");
		assertThat(this.mvc.post().uri("/admin/commitments/8").with(csrf()).params(form)).hasStatus3xxRedirection();
		assertThat(this.jdbc.queryForMap("select amount_text, amount_unit from commitment where id = 8"))
			.containsEntry("AMOUNT_TEXT", "tens of thousands")
			.containsEntry("AMOUNT_UNIT", "soldiers");
	}

	@Test
	void unchangedEditOfAProvisionKeepsItsWordingAndUnit() throws Exception {
		// Shipped provision 73: "tens of thousands" soldiers, no number.
		String page = this.mvc.get().uri("/admin/provisions/73").exchange().getResponse().getContentAsString();
		MultiValueMap<String, String> form = HtmlForms.read(page, "form.admin-form");
		assertThat(form.getFirst("figureText")).isEqualTo("tens of thousands");
		assertThat(form.getFirst("figureUnit")).isEqualTo("soldiers");
		assertThat(this.mvc.post().uri("/admin/provisions/73").with(csrf()).params(form)).hasStatus3xxRedirection();
		assertThat(this.jdbc.queryForMap("select figure_text, figure_unit from provision where id = 73"))
			.containsEntry("FIGURE_TEXT", "tens of thousands")
			.containsEntry("FIGURE_UNIT", "soldiers");
	}

	@Test
	void aUnitWithoutANumberIsKept() throws Exception {
		String page = this.mvc.get().uri("/admin/commitments/8").exchange().getResponse().getContentAsString();
		MultiValueMap<String, String> form = HtmlForms.read(page, "form.admin-form");
		String wording = form.getFirst("amountText");
		String unit = form.getFirst("amountUnit");
		form.set("amountText", "");
		form.set("amountUnit", "battalions");
		assertThat(this.mvc.post().uri("/admin/commitments/8").with(csrf()).params(form)).hasStatus3xxRedirection();
		assertThat(this.jdbc.queryForMap("select amount_text, amount_unit from commitment where id = 8"))
			.containsEntry("AMOUNT_TEXT", null)
			.containsEntry("AMOUNT_UNIT", "battalions");
		// Put the shipped wording back through the form, so the other tests of this class
		// find it whatever order they run in.
		form = HtmlForms.read(this.mvc.get().uri("/admin/commitments/8").exchange().getResponse().getContentAsString(),
				"form.admin-form");
		form.set("amountText", wording);
		form.set("amountUnit", unit);
		assertThat(this.mvc.post().uri("/admin/commitments/8").with(csrf()).params(form)).hasStatus3xxRedirection();
	}

	@Test
	void commitmentSearchLooksInTheAmountWording() {
		assertThat(this.mvc.get().uri("/admin/commitments?q=x")).hasStatusOk();
		assertThat(this.mvc.get().uri("/admin/commitments?q=tens of thousands")).hasStatusOk()
			.bodyText()
			.contains("European allies are considering");
	}

}
