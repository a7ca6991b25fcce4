package org.peaceterms.statement;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.peaceterms.actor.Actor;
import org.peaceterms.shared.BadRequestException;
import org.peaceterms.shared.Confidence;
import org.peaceterms.topic.Topic;

/**
 * What the statement search looks for; every criterion but {@code asOf} is optional.
 *
 * @param text words to find, case-insensitively, in the statement's text or context
 * @param speaker who said it
 * @param country the country or organisation it was said for, or which said it itself
 * @param topic a topic it carries
 * @param from said on or after
 * @param to said on or before
 * @param asOf the as-of date: nothing said later, or reported by a source published
 * later, is found
 * @param confidence only statements of this confidence
 */
public record StatementFilter(@Nullable String text, @Nullable Actor speaker, @Nullable Actor country,
		@Nullable Topic topic, @Nullable LocalDate from, @Nullable LocalDate to, LocalDate asOf,
		@Nullable Confidence confidence) {

	/** A filter on every criterion but the confidence. */
	public StatementFilter(@Nullable String text, @Nullable Actor speaker, @Nullable Actor country,
			@Nullable Topic topic, @Nullable LocalDate from, @Nullable LocalDate to, LocalDate asOf) {
		this(text, speaker, country, topic, from, to, asOf, null);
	}

	/** A filter that finds everything said by {@code asOf}. */
	public static StatementFilter asOf(LocalDate asOf) {
		return new StatementFilter(null, null, null, null, null, null, asOf);
	}

	/**
	 * The confidence asked for; empty for any.
	 * @throws BadRequestException when the value is not a confidence
	 */
	public static @Nullable Confidence confidence(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Confidence.valueOf(value.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new BadRequestException("confidence is not one of " + java.util.Arrays.toString(Confidence.values()));
		}
	}

}
