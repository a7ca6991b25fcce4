package org.peaceterms.commitment;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * The troop commitments of one basis, counted and added up by the database
 * ({@link CommitmentRepository#sumTroops}).
 *
 * @param basis pledge, ask or estimate
 * @param count how many are on record
 * @param numbered how many of them name a number (a lower or an upper end)
 * @param min the sum of the lower ends of those that name a number, {@code null} when
 * none has one
 * @param max the sum of their upper ends, each figure without one counted with its lower
 * end
 * @param openMax how many of those that name a number have no upper end
 */
public record TroopSums(CommitmentBasis basis, long count, long numbered, @Nullable BigDecimal min,
		@Nullable BigDecimal max, long openMax) {

}
