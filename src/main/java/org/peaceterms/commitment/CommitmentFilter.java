package org.peaceterms.commitment;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.peaceterms.actor.Actor;
import org.peaceterms.shared.BadRequestException;

/**
 * The commitments page's filters: kind, basis and actor, each optional.
 *
 * @param kind only commitments of this kind, or all
 * @param basis only pledges, asks or estimates, or all
 * @param actor only this actor's commitments, or everyone's
 */
public record CommitmentFilter(@Nullable CommitmentKind kind, @Nullable CommitmentBasis basis, @Nullable Actor actor) {

	/** No filter. */
	public static CommitmentFilter none() {
		return new CommitmentFilter(null, null, null);
	}

	/** Whether a commitment passes the filter. */
	public boolean test(Commitment commitment) {
		return (this.kind == null || commitment.getKind() == this.kind)
				&& (this.basis == null || commitment.getBasis() == this.basis)
				&& (this.actor == null || commitment.getActor().equals(this.actor));
	}

	/**
	 * Reads an enum filter from a URL; blank means any.
	 * @throws BadRequestException for a value that is not one of the constants
	 */
	static <E extends Enum<E>> @Nullable E parse(Class<E> type, @Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new BadRequestException("unknown " + type.getSimpleName());
		}
	}

}
