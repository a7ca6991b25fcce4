package org.peaceterms.shared;

import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Predicate;

/** Makes URL slugs from names and titles typed by editors. */
public final class Slugs {

	private static final int MAX = 100;

	private Slugs() {
	}

	/**
	 * Lower-case ASCII words joined by hyphens, at most 100 characters; "item" where
	 * nothing is left.
	 */
	public static String of(String text) {
		String ascii = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
		String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
		if (slug.length() > MAX) {
			slug = slug.substring(0, MAX).replaceAll("-+$", "");
		}
		return slug.isEmpty() ? "item" : slug;
	}

	/** {@link #of(String)}, with a number added while {@code taken} says it is in use. */
	public static String unique(String text, Predicate<String> taken) {
		String base = of(text);
		String slug = base;
		for (int n = 2; taken.test(slug); n++) {
			slug = base + "-" + n;
		}
		return slug;
	}

}
