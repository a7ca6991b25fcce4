package org.peaceterms.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Public pages show clean text on the shipped data: no article file numbers such as
 * "(000)" and no enum constant (SINGLE_SOURCE, REPORTED, NOT_NOW ...) in what a reader
 * sees or hears (text, and the title, alt and aria-label attributes). Crawls every page
 * of {@link PublicPages} and every actor, proposal, topic, source and statement page they
 * link to.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CleanPublicTextTests {

	private static final Pattern FILE_NUMBER = Pattern.compile("\\(00[0-4]\\)");

	private static final Pattern LINK = Pattern
		.compile("href=\"(/(?:actors|proposals|topics|sources|statements)/[^\"?#]+)[\"?#]");

	private static final Pattern WORD = Pattern.compile("\\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*\\b");

	@Autowired
	private MockMvc mvc;

	@Test
	void noPublicPageShowsFileNumbersOrEnumConstants() throws Exception {
		Set<String> constants = enumConstants();
		Set<String> pages = new LinkedHashSet<>(PublicPages.URLS);
		List<String> problems = new ArrayList<>();
		Set<String> crawled = new LinkedHashSet<>();
		List<String> queue = new ArrayList<>(pages);
		while (!queue.isEmpty()) {
			String url = queue.remove(0);
			if (!crawled.add(url)) {
				continue;
			}
			String html = this.mvc.perform(get(url).accept("text/html"))
				.andReturn()
				.getResponse()
				.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
			Matcher links = LINK.matcher(html);
			while (links.find()) {
				if (!crawled.contains(links.group(1))) {
					queue.add(links.group(1));
				}
			}
			// A web address shown for citing (a permalink) may carry a filter's value.
			String visible = visibleText(html).replaceAll("https?://\\S+", " ");
			Matcher file = FILE_NUMBER.matcher(visible);
			while (file.find()) {
				problems.add(url + ": file number " + context(visible, file.start()));
			}
			Matcher word = WORD.matcher(visible);
			while (word.find()) {
				if (constants.contains(word.group())) {
					problems.add(url + ": enum constant " + context(visible, word.start()));
				}
			}
		}
		assertThat(crawled).hasSizeGreaterThan(PublicPages.URLS.size());
		assertThat(problems).isEmpty();
	}

	@Test
	void theCheckFindsWhatItLooksFor() {
		Set<String> constants = enumConstants();
		assertThat(constants).contains("SINGLE_SOURCE", "REPORTED", "NOT_NOW", "SCHEDULED");
		String visible = visibleText(
				"<p title=\"NOT_NOW\">Text (003) <script>var X = 'SAID';</script><span aria-label=\"REPORTED\">x</span></p>");
		assertThat(FILE_NUMBER.matcher(visible).find()).isTrue();
		assertThat(visible).contains("NOT_NOW").contains("REPORTED").doesNotContain("SAID");
	}

	/**
	 * What a reader sees or hears: text outside scripts and styles, and the title, alt
	 * and aria-label attributes.
	 */
	static String visibleText(String html) {
		StringBuilder text = new StringBuilder();
		Matcher attributes = Pattern.compile("(?:title|alt|aria-label)=\"([^\"]*)\"").matcher(html);
		while (attributes.find()) {
			text.append(attributes.group(1)).append('\n');
		}
		String body = html.replaceAll("(?s)<script.*?</script>", " ")
			.replaceAll("(?s)<style.*?</style>", " ")
			.replaceAll("(?s)<!--.*?-->", " ")
			.replaceAll("(?s)<[^>]+>", " ");
		text.append(body);
		return text.toString().replace("&amp;", "&").replace("&quot;", "\"").replace("&#39;", "'");
	}

	private static String context(String text, int at) {
		return text.substring(Math.max(0, at - 60), Math.min(text.length(), at + 60)).replaceAll("\\s+", " ");
	}

	/**
	 * Every constant of the application's enums that could not be an ordinary word: with
	 * an underscore, or of four letters or more.
	 */
	static Set<String> enumConstants() {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AssignableTypeFilter(Enum.class));
		Set<String> constants = new TreeSet<>();
		scanner.findCandidateComponents("org.peaceterms").forEach((candidate) -> {
			try {
				Class<?> type = Class.forName(candidate.getBeanClassName());
				if (type.isEnum() && !Modifier.isPrivate(type.getModifiers())) {
					for (Object constant : type.getEnumConstants()) {
						String name = ((Enum<?>) constant).name();
						if (name.contains("_") || name.length() >= 4) {
							constants.add(name);
						}
					}
				}
			}
			catch (ClassNotFoundException ex) {
				throw new IllegalStateException(ex);
			}
		});
		return constants;
	}

}
