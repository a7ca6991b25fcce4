package org.peaceterms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every message key a template names literally ({@code #{page.title}},
 * {@code #{page.count(${n})}}) exists in {@code messages.properties}, so that no page
 * shows a raw {@code ??key_en_GB??} placeholder. Keys built at run time
 * ({@code #{${'proposal.status.' + s}}}) are checked by the page tests that render them.
 */
class MessageKeysTests {

	private static final Pattern LITERAL_KEY = Pattern.compile("#\\{([a-zA-Z][a-zA-Z0-9_.-]*)[}(]");

	@Test
	void everyKeyUsedInATemplateExists() throws IOException {
		Properties messages = new Properties();
		try (InputStream in = getClass().getResourceAsStream("/messages.properties")) {
			assertThat(in).as("messages.properties on the class path").isNotNull();
			messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		Set<String> used = new TreeSet<>();
		try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
			templates.filter((path) -> path.toString().endsWith(".html")).forEach((path) -> used.addAll(keys(path)));
		}
		assertThat(used).as("keys used in templates").hasSizeGreaterThan(100);
		List<String> missing = used.stream().filter((key) -> !messages.containsKey(key)).toList();
		assertThat(missing).as("message keys used in templates but missing from messages.properties").isEmpty();
	}

	private static Set<String> keys(Path template) {
		try {
			Matcher matcher = LITERAL_KEY.matcher(Files.readString(template));
			Set<String> keys = new TreeSet<>();
			while (matcher.find()) {
				keys.add(matcher.group(1));
			}
			return keys;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
