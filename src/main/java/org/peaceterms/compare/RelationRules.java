package org.peaceterms.compare;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.peaceterms.proposal.Provision;
import org.peaceterms.shared.Figure;

/**
 * The default verdict on one topic where no editor has set one. Only what the data can
 * decide is decided:
 * <ul>
 * <li>one side has provisions and the other none: {@code ONLY_LEFT} / {@code ONLY_RIGHT};
 * <li>both sides carry figures in the same unit: {@code ALIGNED} when every such pair of
 * ranges overlaps, {@code DIVERGENT} when none does, {@code PARTLY_ALIGNED} when some do;
 * <li>otherwise the relation is not assessed: wording cannot be weighed by a rule, and a
 * guess would pass for a finding.
 * </ul>
 * Ranges with an open end reach to infinity on that side, so "up to 800,000" overlaps
 * "800,000" and "upwards of 30,000" overlaps "30,000 to 40,000".
 */
final class RelationRules {

	private RelationRules() {
	}

	static Verdict assess(List<Provision> left, List<Provision> right, String leftLabel, String rightLabel) {
		if (left.isEmpty() && right.isEmpty()) {
			return Verdict.computed(null, "none");
		}
		if (right.isEmpty()) {
			return Verdict.computed(Relation.ONLY_LEFT, "onlyOne", leftLabel);
		}
		if (left.isEmpty()) {
			return Verdict.computed(Relation.ONLY_RIGHT, "onlyOne", rightLabel);
		}
		List<Figure> leftFigures = figures(left);
		List<Figure> rightFigures = figures(right);
		int overlapping = 0;
		int disjoint = 0;
		String unit = "";
		@Nullable Figure firstLeft = null;
		@Nullable Figure firstRight = null;
		for (Figure l : leftFigures) {
			for (Figure r : rightFigures) {
				if (!sameUnit(l, r)) {
					continue;
				}
				if (firstLeft == null) {
					firstLeft = l;
					firstRight = r;
					unit = Objects.requireNonNull(l.getUnit());
				}
				if (overlap(l, r)) {
					overlapping++;
				}
				else {
					disjoint++;
				}
			}
		}
		if (firstLeft == null || firstRight == null) {
			String key = (leftFigures.isEmpty() || rightFigures.isEmpty()) ? "noFigures" : "unitsDiffer";
			return Verdict.computed(null, key);
		}
		if (disjoint == 0) {
			return Verdict.computed(Relation.ALIGNED, "figuresOverlap", unit, firstLeft.getRange(),
					firstRight.getRange());
		}
		if (overlapping == 0) {
			return Verdict.computed(Relation.DIVERGENT, "figuresDisjoint", unit, firstLeft.getRange(),
					firstRight.getRange());
		}
		return Verdict.computed(Relation.PARTLY_ALIGNED, "figuresMixed", unit, String.valueOf(overlapping),
				String.valueOf(overlapping + disjoint));
	}

	private static List<Figure> figures(List<Provision> provisions) {
		List<Figure> figures = new ArrayList<>();
		for (Provision provision : provisions) {
			Figure figure = provision.getFigure();
			if (figure != null && figure.getUnit() != null && !figure.getUnit().isBlank()) {
				figures.add(figure);
			}
		}
		return figures;
	}

	private static boolean sameUnit(Figure a, Figure b) {
		return normalise(a.getUnit()).equals(normalise(b.getUnit()));
	}

	private static String normalise(@Nullable String unit) {
		return (unit != null) ? unit.strip().toLowerCase(Locale.ROOT) : "";
	}

	/** Whether two ranges share at least one value; an open end is unbounded. */
	static boolean overlap(Figure a, Figure b) {
		return lessOrEqual(a.getMin(), b.getMax()) && lessOrEqual(b.getMin(), a.getMax());
	}

	private static boolean lessOrEqual(@Nullable BigDecimal low, @Nullable BigDecimal high) {
		return low == null || high == null || low.compareTo(high) <= 0;
	}

}
