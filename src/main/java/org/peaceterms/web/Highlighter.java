package org.peaceterms.web;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.HtmlUtils;

/**
 * Marks search words in a text for a page, as HTML: the text is escaped and each match
 * wrapped in {@code <mark>}. A word of two or more characters matches case-insensitively,
 * at the start of a word, and across a hyphen or a space ("ceasefire" marks "cease-fire"
 * and "cease fire"). Every page's model holds one as {@code highlighter}.
 */
public class Highlighter {

	/** {@code text} escaped for HTML, with every word of {@code words} marked. */
	public String mark(@Nullable String text, @Nullable List<String> words) {
		if (text == null) {
			return "";
		}
		if (words == null || words.isEmpty()) {
			return HtmlUtils.htmlEscape(text);
		}
		String alternatives = words.stream()
			.filter((word) -> word.codePointCount(0, word.length()) > 1)
			.map(Highlighter::loose)
			.collect(Collectors.joining("|"));
		if (alternatives.isEmpty()) {
			return HtmlUtils.htmlEscape(text);
		}
		Pattern pattern = Pattern.compile(alternatives, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
		StringBuilder html = new StringBuilder(text.length() + 32);
		Matcher matcher = pattern.matcher(text);
		int done = 0;
		while (matcher.find()) {
			if (matcher.end() == matcher.start()) {
				continue;
			}
			html.append(HtmlUtils.htmlEscape(text.substring(done, matcher.start())))
				.append("<mark>")
				.append(HtmlUtils.htmlEscape(matcher.group()))
				.append("</mark>");
			done = matcher.end();
		}
		return html.append(HtmlUtils.htmlEscape(text.substring(done))).toString();
	}

	/**
	 * A word as a pattern that allows a hyphen, a dash or a space between its letters
	 * and, when it starts with a letter or digit, matches only at the start of a word.
	 */
	private static String loose(String word) {
		String letters = word.codePoints()
			.mapToObj((c) -> Pattern.quote(new String(Character.toChars(c))))
			.collect(Collectors.joining("[\\p{Pd}\\s]?"));
		return Character.isLetterOrDigit(word.codePointAt(0)) ? "(?<![\\p{L}\\p{N}])" + letters : letters;
	}

}
