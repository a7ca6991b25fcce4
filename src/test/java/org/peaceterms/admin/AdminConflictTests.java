package org.peaceterms.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.junit.jupiter.api.Test;
import org.peaceterms.source.Source;
import org.peaceterms.source.SourceRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Two editors on one record: the second, stale save gets the 409 page with both versions,
 * nothing is overwritten, re-applying works, and the history names both; a retired record
 * leaves the list and comes back when restored.
 */
// Writes records: later test classes get a fresh database.
@DirtiesContext
@SpringBootTest
@AutoConfigureMockMvc
class AdminConflictTests {

	private static final RequestPostProcessor ANNA = user("editor-anna").roles("EDITOR");

	private static final RequestPostProcessor BEN = user("editor-ben").roles("EDITOR");

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private SourceRepository sources;

	@Test
	void secondSaveOfAStaleFormGetsAConflictAndLosesNothing() {
		Source source = this.sources
			.save(new Source("conflict-test", "Outlet A", "Original title", null, java.time.LocalDate.of(2025, 3, 1),
					org.peaceterms.source.SourceKind.NEWS, org.peaceterms.source.Reliability.ESTABLISHED));
		String url = "/admin/sources/" + source.getId();
		long version = source.getVersion();

		assertThat(save(url, ANNA, "Anna's title", "Outlet A", version)).hasStatus3xxRedirection();

		var stale = save(url, BEN, "Original title", "Ben's outlet", version);
		assertThat(stale).hasStatus(409)
			.bodyText()
			.contains("Someone else saved this record")
			.contains("Anna&#39;s title")
			.contains("Ben&#39;s outlet");
		Source stored = this.sources.findById(source.getId()).orElseThrow();
		assertThat(stored.getTitle()).isEqualTo("Anna's title");
		assertThat(stored.getOutlet()).isEqualTo("Outlet A");

		assertThat(save(url, BEN, "Anna's title", "Ben's outlet", stored.getVersion())).hasStatus3xxRedirection();
		stored = this.sources.findById(source.getId()).orElseThrow();
		assertThat(stored.getTitle()).isEqualTo("Anna's title");
		assertThat(stored.getOutlet()).isEqualTo("Ben's outlet");

		assertThat(this.mvc.get().uri(url + "/history").with(ANNA)).hasStatusOk()
			.bodyText()
			.contains("by editor-anna")
			.contains("by editor-ben")
			.contains("Original title")
			.contains("Ben&#39;s outlet");
	}

	@Test
	void retiredRecordLeavesTheListAndIsRestored() {
		Source source = this.sources.save(
				new Source("retire-test", "Retiring Outlet", "To be retired", null, java.time.LocalDate.of(2025, 3, 2),
						org.peaceterms.source.SourceKind.NEWS, org.peaceterms.source.Reliability.ESTABLISHED));
		String url = "/admin/sources/" + source.getId();
		assertThat(this.mvc.post().uri(url + "/retire").with(ANNA).with(csrf())).hasStatus3xxRedirection();
		assertThat(this.sources.findById(source.getId()).orElseThrow().isRetired()).isTrue();
		assertThat(this.mvc.get().uri("/admin/sources?q=Retiring").with(ANNA)).hasStatusOk()
			.bodyText()
			.doesNotContain("To be retired");
		assertThat(this.mvc.get().uri("/admin/sources?q=Retiring&retired=true").with(ANNA)).hasStatusOk()
			.bodyText()
			.contains("To be retired");
		assertThat(this.mvc.post().uri(url + "/restore").with(BEN).with(csrf())).hasStatus3xxRedirection();
		assertThat(this.sources.findById(source.getId()).orElseThrow().isRetired()).isFalse();
		assertThat(this.mvc.get().uri(url + "/history").with(ANNA)).hasStatusOk()
			.bodyText()
			.contains("by editor-anna")
			.contains("by editor-ben");
	}

	@Test
	void historyOfAShippedRecordStartsWithWhatWasShipped() {
		Source shipped = this.sources.findById(2L).orElseThrow();
		assertThat(save("/admin/sources/2", ANNA, shipped.getTitle(), "RksNews (edited)", shipped.getVersion()))
			.hasStatus3xxRedirection();
		assertThat(this.mvc.get().uri("/admin/sources/2/history").with(ANNA)).hasStatusOk()
			.bodyText()
			.contains("<del class=\"preserve\">RksNews</del>")
			.contains("<ins class=\"preserve\">RksNews (edited)</ins>")
			.contains("by editor-anna")
			.contains("Created");
	}

	private org.springframework.test.web.servlet.assertj.MvcTestResult save(String url, RequestPostProcessor editor,
			String title, String outlet, long version) {
		return this.mvc.post()
			.uri(url)
			.with(editor)
			.with(csrf())
			.param("title", title)
			.param("outlet", outlet)
			.param("publishedOn", "2025-03-01")
			.param("kind", "NEWS")
			.param("reliability", "ESTABLISHED")
			.param("slug", "")
			.param("version", String.valueOf(version))
			.exchange();
	}

}
