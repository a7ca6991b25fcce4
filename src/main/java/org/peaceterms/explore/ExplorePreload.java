package org.peaceterms.explore;

import java.util.List;
import org.peaceterms.commitment.Commitment;
import org.peaceterms.shared.Preload;
import org.peaceterms.statement.Position;
import org.peaceterms.statement.Statement;

/**
 * What the actor, topic and source pages load before their read-only transaction closes:
 * the associations their position tracks and commitment tables show.
 */
final class ExplorePreload {

	private ExplorePreload() {
	}

	/**
	 * Loads what a position track shows: conditions, evidence and the evidence's sources.
	 */
	static List<Position> positions(List<Position> positions) {
		Preload.each(positions, Position::getConditions, Position::getEvidence);
		positions.forEach((position) -> Preload.each(position.getEvidence(), Statement::getSource));
		return positions;
	}

	/** Loads what a commitments table shows: conditions and sources. */
	static List<Commitment> commitments(List<Commitment> commitments) {
		return Preload.each(commitments, Commitment::getConditions, Commitment::getSources);
	}

}
