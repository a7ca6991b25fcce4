package org.peaceterms.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.peaceterms.compare.CompareFixtures.ARMY;
import static org.peaceterms.compare.CompareFixtures.TERRITORY;
import static org.peaceterms.compare.CompareFixtures.figure;
import static org.peaceterms.compare.CompareFixtures.proposal;
import static org.peaceterms.compare.CompareFixtures.provision;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peaceterms.proposal.Proposal;
import org.peaceterms.security.SecurityConfiguration;
import org.peaceterms.shared.AsOf;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The compare page's controller: defaults, the form, and the 404 and 400 cases. */
@Import(SecurityConfiguration.class)
@WebMvcTest(CompareController.class)
class CompareControllerTests {

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private ComparisonService comparisons;

	private final Proposal us = proposal(ComparisonService.DEFAULT_LEFT, "US package", LocalDate.of(2025, 12, 14));

	private final Proposal eu = proposal(ComparisonService.DEFAULT_RIGHT, "European statement",
			LocalDate.of(2025, 12, 15));

	@BeforeEach
	void data() {
		given(this.comparisons.choices(any())).willReturn(List.of(this.eu, this.us));
		given(this.comparisons.find(eq(ComparisonService.DEFAULT_LEFT), any())).willReturn(Optional.of(this.us));
		given(this.comparisons.find(eq(ComparisonService.DEFAULT_RIGHT), any())).willReturn(Optional.of(this.eu));
		given(this.comparisons.compare(this.us, this.eu)).willReturn(new Comparison(this.us, this.eu, List.of(
				new Comparison.Row(ARMY,
						List.of(provision(this.us, ARMY, "A standing army of 800,000 troops.",
								figure(800000, 800000, "troops", "800,000"))),
						List.of(provision(this.eu, ARMY, "Up to 800,000 personnel in peacetime.",
								figure(null, 800000, "personnel", "up to 800,000"))),
						Verdict.editorial(Relation.ALIGNED, "Both set Ukraine's army at 800,000.")),
				new Comparison.Row(TERRITORY, List.of(provision(this.us, TERRITORY, "Territory left open.", null)),
						List.of(), Verdict.computed(Relation.ONLY_LEFT, "onlyOne", "US package"))),
				List.of()));
	}

	@Test
	void withoutParametersComparesTheDefaultPairWithFiguresWordingAndReasons() {
		assertThat(this.mvc.get().uri("/compare")).hasStatusOk()
			.hasViewName("compare/show")
			.model()
			.containsKey("comparison");
		assertThat(this.mvc.get().uri("/compare")).bodyText()
			.contains("US package vs European statement")
			.contains("800,000 troops")
			.contains("\u2264 800,000 personnel")
			.contains("up to 800,000")
			.contains("Both set Ukraine&#39;s army at 800,000.")
			.contains("editor\u2019s assessment")
			.contains("Only in US package")
			.contains("Only US package addresses this topic.")
			.contains("Test Outlet")
			.contains("<label for=\"left\"");
	}

	@Test
	void anUnknownSlugIsA404() {
		given(this.comparisons.find(eq("no-such-plan"), any())).willReturn(Optional.empty());
		assertThat(this.mvc.get().uri("/compare?left=no-such-plan&right=" + ComparisonService.DEFAULT_RIGHT))
			.hasStatus(404);
	}

	@Test
	void theSameProposalOnBothSidesGetsTheFormBackWithAMessageAndA400() {
		assertThat(this.mvc.get()
			.uri("/compare?left={l}&right={r}", ComparisonService.DEFAULT_LEFT, ComparisonService.DEFAULT_LEFT))
			.hasStatus(400)
			.hasViewName("compare/show")
			.bodyText()
			.contains("Pick two different proposals")
			.contains("<select id=\"right\"");
	}

	@Test
	void asOfBeforeTheDefaultPairExistedOffersTheFormOnly() {
		given(this.comparisons.find(eq(ComparisonService.DEFAULT_RIGHT), eq(new AsOf(LocalDate.of(2025, 3, 1)))))
			.willReturn(Optional.empty());
		assertThat(this.mvc.get().uri("/compare?asOf=2025-03-01")).hasStatusOk()
			.bodyText()
			.contains("was not on record yet as of this date")
			.contains("Showing the record as of 1 March 2025")
			.doesNotContain("800,000 troops");
	}

	@Test
	void aMalformedAsOfIsA400() {
		assertThat(this.mvc.get().uri("/compare?asOf=yesterday")).hasStatus(400);
	}

}
