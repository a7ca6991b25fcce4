package org.peaceterms.compare;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How two proposals relate on one topic, and why: either an editor's verdict (a
 * {@link TopicRelation}, with its reason in the editor's words) or the default the
 * comparison computes, whose reason is a message key with arguments. A computed verdict
 * may leave the relation empty: "not assessed" is an honest answer where the provisions
 * carry no comparable figures and no editor has judged them.
 *
 * @param relation the relation, or {@code null} when not assessed
 * @param reason the editor's one-line reason, or {@code null} for a computed verdict
 * @param reasonKey message key of a computed reason ({@code compare.reason.<key>})
 * @param reasonArgs the arguments of the computed reason
 */
public record Verdict(@Nullable Relation relation, @Nullable String reason, String reasonKey, List<String> reasonArgs) {

	/** An editor's verdict. */
	static Verdict editorial(Relation relation, String reason) {
		return new Verdict(relation, reason, "", List.of());
	}

	/** A computed verdict; {@code relation} is {@code null} when not assessed. */
	static Verdict computed(@Nullable Relation relation, String reasonKey, String... args) {
		return new Verdict(relation, null, reasonKey, List.of(args));
	}

	/** Whether an editor set this verdict. */
	public boolean isEditorial() {
		return this.reason != null;
	}

	/** Whether neither an editor nor the figures decide how the two sides relate. */
	public boolean isAssessed() {
		return this.relation != null;
	}

	/** The verdict seen from the other side: only-left becomes only-right. */
	Verdict flipped() {
		if (this.relation == Relation.ONLY_LEFT || this.relation == Relation.ONLY_RIGHT) {
			Relation other = (this.relation == Relation.ONLY_LEFT) ? Relation.ONLY_RIGHT : Relation.ONLY_LEFT;
			return new Verdict(other, this.reason, this.reasonKey, this.reasonArgs);
		}
		return this;
	}

	/** The computed reason's arguments as an array, for Thymeleaf's message utility. */
	public Object[] getReasonArgsArray() {
		return this.reasonArgs.toArray();
	}

}
