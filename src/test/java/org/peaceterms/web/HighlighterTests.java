package org.peaceterms.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Search words marked in HTML: case-insensitive, at the start of a word, across hyphens
 * and spaces, single characters left alone, and the text around and inside a mark
 * escaped.
 */
class HighlighterTests {

	private final Highlighter highlighter = new Highlighter();

	@Test
	void marksEveryWordCaseInsensitivelyAcrossHyphensAndSpaces() {
		assertThat(this.highlighter.mark("A Cease-fire, then a ceasefire and a cease fire.", List.of("ceasefire")))
			.isEqualTo("A <mark>Cease-fire</mark>, then a <mark>ceasefire</mark> and a <mark>cease fire</mark>.");
		assertThat(this.highlighter.mark("Merz met Zelenskyy", List.of("zelenskyy", "merz")))
			.isEqualTo("<mark>Merz</mark> met <mark>Zelenskyy</mark>");
		assertThat(this.highlighter.mark("We are a long way off; Kyiv's way", List.of("a", "way", "kyi")))
			.isEqualTo("We are a long <mark>way</mark> off; <mark>Kyi</mark>v&#39;s <mark>way</mark>");
		assertThat(this.highlighter.mark("subway", List.of("way"))).isEqualTo("subway");
	}

	@Test
	void escapesTheTextAndTheWordsMatchOnlyThemselves() {
		assertThat(this.highlighter.mark("<script>alert(1)</script> 100% & a.b", List.of("<script>", "a.b", "100%")))
			.isEqualTo("<mark>&lt;script&gt;</mark>alert(1)&lt;/script&gt; <mark>100%</mark> &amp; <mark>a.b</mark>");
		assertThat(this.highlighter.mark("axb", List.of("a.b"))).isEqualTo("axb");
		assertThat(this.highlighter.mark("<b>", List.of())).isEqualTo("&lt;b&gt;");
		assertThat(this.highlighter.mark(null, List.of("x"))).isEmpty();
	}

}
