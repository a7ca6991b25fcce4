package org.peaceterms.statement;

import java.util.List;

/**
 * One page of statement search results, with what the pager needs: the page number (from
 * 1), the page size and the number of matches in all.
 */
public record StatementPage(List<Statement> statements, int page, int size, long total) {

	/** How many statements a page shows. */
	public static final int SIZE = 25;

	/**
	 * How many pages the matches fill (at least one, so that an empty result has one).
	 */
	public int getPageCount() {
		return (int) Math.max(1, (this.total + this.size - 1) / this.size);
	}

	/** The position of the first statement on this page among all matches, from 1. */
	public long getFirst() {
		return (long) (this.page - 1) * this.size + 1;
	}

	/** The position of the last statement on this page among all matches. */
	public long getLast() {
		return getFirst() + this.statements.size() - 1;
	}

	public boolean hasPrevious() {
		return this.page > 1;
	}

	public boolean hasNext() {
		return (long) this.page * this.size < this.total;
	}

	/** Whether the page asked for lies past the last match. */
	public boolean isBeyondEnd() {
		return this.statements.isEmpty() && this.total > 0;
	}

}
