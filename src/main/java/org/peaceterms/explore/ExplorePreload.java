package org.peaceterms.explore;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.peaceterms.commitment.Commitment;
import org.peaceterms.opendata.ApiPaging;
import org.peaceterms.shared.Preload;
import org.peaceterms.statement.Position;
import org.peaceterms.statement.Statement;
import org.peaceterms.statement.StatementRepository;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * What the actor, topic and source pages load before their read-only transaction closes
 * (the associations their position tracks and commitment tables show), and which page of
 * their statements they list.
 */
final class ExplorePreload {

	private ExplorePreload() {
	}

	/**
	 * Loads what a position track shows: conditions, evidence and the evidence's sources.
	 */
	static List<Position> positions(List<Position> positions) {
		Preload.each(positions, Position::getConditions, Position::getEvidence);
		positions
			.forEach((position) -> Preload.each(position.getEvidence(), Statement::getSource, Statement::getSpeaker));
		return positions;
	}

	/** Loads what a commitments table shows: conditions and sources. */
	static List<Commitment> commitments(List<Commitment> commitments) {
		return Preload.each(commitments, Commitment::getConditions, Commitment::getSources);
	}

	/**
	 * Page {@code page} (from 1, by default the first) of the statements an actor, topic
	 * or source page lists; a malformed or out-of-range number is a 400.
	 */
	static Pageable statementPage(@Nullable String page) {
		return page(page, StatementRepository.PAGE_SIZE, Sort.unsorted());
	}

	/**
	 * Page {@code page} (from 1, by default the first) of {@code size} rows in
	 * {@code order}; a malformed or out-of-range number is a 400.
	 */
	static Pageable page(@Nullable String page, int size, Sort order) {
		return PageRequest.of(ApiPaging.parse(page, null).page() - 1, size, order);
	}

}
