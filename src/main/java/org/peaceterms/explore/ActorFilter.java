package org.peaceterms.explore;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.peaceterms.actor.Actor;
import org.peaceterms.actor.ActorKind;
import org.peaceterms.shared.Text;
import org.springframework.web.bind.annotation.BindParam;

/**
 * The filters of the actor list and its downloads: a kind, words to find in the name or
 * the aliases, and whether the actor has any statement or position on record. The words
 * match as the statement search matches names ({@code StatementCriteria}): every word,
 * case-insensitively, hyphens and spaces not counting; and here accents do not count
 * either ("Jose" finds "José", "Zelenskiy" finds Zelensky by his aliases). The list is
 * small and read whole, so the match runs in Java, the same on every database.
 *
 * @param kind the kind of actor, or {@code null} for any
 * @param text the words to find, or {@code null}
 * @param has {@code statements} or {@code positions}, or {@code null} for any
 */
public record ActorFilter(@Nullable ActorKind kind,
		@BindParam("q") @Size(max = Text.MAX_SEARCH, message = "is longer than {max} characters") @Nullable String text,
		@Pattern(regexp = "statements|positions", message = "is one of statements, positions") @Nullable String has) {

	/** The values of {@code has}. */
	static final List<String> HAS = List.of("statements", "positions");

	public ActorFilter {
		text = Text.searchText(text);
		has = Text.blankToNull(has);
	}

	/** Whether any filter is set. */
	public boolean isFiltered() {
		return this.kind != null || this.text != null || this.has != null;
	}

	/**
	 * What passes, given what each actor said ({@code statementCounts}) and how many
	 * positions it holds ({@code positionCounts}), by id; the words are read once.
	 */
	Predicate<Actor> matcher(Map<Long, Long> statementCounts, Map<Long, Long> positionCounts) {
		List<String> words = words();
		return (actor) -> {
			if (this.kind != null && actor.getKind() != this.kind) {
				return false;
			}
			if ("statements".equals(this.has) && statementCounts.getOrDefault(actor.getId(), 0L) == 0) {
				return false;
			}
			if ("positions".equals(this.has) && positionCounts.getOrDefault(actor.getId(), 0L) == 0) {
				return false;
			}
			if (words.isEmpty()) {
				return true;
			}
			String name = squeezed(actor.getName());
			String aliases = (actor.getAliases() != null) ? squeezed(actor.getAliases()) : "";
			return words.stream().allMatch((word) -> name.contains(word) || aliases.contains(word));
		};
	}

	/** The words to find, squeezed like the names; empty without text. */
	private List<String> words() {
		if (this.text == null) {
			return List.of();
		}
		return Arrays.stream(this.text.split("\\s+")).map(ActorFilter::squeezed).filter((w) -> !w.isEmpty()).toList();
	}

	/** Lower-case, without accents, hyphens, dashes or spaces. */
	private static String squeezed(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFKD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT)
			.replaceAll("[\\p{Pd}\\s]", "");
	}

}
