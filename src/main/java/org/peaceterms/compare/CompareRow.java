package org.peaceterms.compare;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.peaceterms.proposal.Provision;
import org.peaceterms.source.Citations;
import org.peaceterms.source.Source;

/**
 * A row of the compare page's downloads ({@code /compare.csv}, {@code /compare.json}):
 * one topic of the comparison, each side's provisions on it, the verdict, and the
 * citations of each side's provisions (four columns per side, in the same order).
 *
 * @param relation {@code null} where neither an editor nor the figures decide
 * @param assessedBy {@code EDITOR}, {@code FIGURES} or {@code NOT_ASSESSED}
 * @param reason the editor's reason or the computed one, as the page words it
 */
public record CompareRow(String topic, String topicSlug, String left, String right, @Nullable Relation relation,
		String assessedBy, String reason, List<String> leftProvisions, List<String> rightProvisions,
		List<String> leftSourceOutlets, List<String> leftSourceTitles, List<LocalDate> leftSourcePublishedOn,
		List<String> leftSourceUrls, List<String> rightSourceOutlets, List<String> rightSourceTitles,
		List<LocalDate> rightSourcePublishedOn, List<String> rightSourceUrls) {

	static CompareRow of(Comparison comparison, Comparison.Row row, String reason) {
		Verdict verdict = row.verdict();
		Citations left = Citations.of(sources(row.left()));
		Citations right = Citations.of(sources(row.right()));
		String assessedBy = verdict.isEditorial() ? "EDITOR" : verdict.isAssessed() ? "FIGURES" : "NOT_ASSESSED";
		return new CompareRow(row.topic().getName(), row.topic().getSlug(), comparison.left().getSlug(),
				comparison.right().getSlug(), verdict.relation(), assessedBy, reason, texts(row.left()),
				texts(row.right()), left.outlets(), left.titles(), left.publishedOn(), left.urls(), right.outlets(),
				right.titles(), right.publishedOn(), right.urls());
	}

	private static List<String> texts(List<Provision> provisions) {
		return provisions.stream().map((provision) -> provision.getNumber() + ". " + provision.getText()).toList();
	}

	private static Collection<Source> sources(List<Provision> provisions) {
		Set<Source> sources = new LinkedHashSet<>();
		provisions.forEach((provision) -> sources.addAll(provision.getSources()));
		return sources;
	}

}
