package org.peaceterms.statement;

import java.util.List;

/**
 * The statement search: full text over a statement's words and context, filters by
 * speaker, country, topic and dates, one page at a time. Implemented with JPQL that runs
 * the same on H2 and PostgreSQL.
 */
public interface StatementSearch {

	/**
	 * The {@code page}th page (from 1) of the statements matching {@code filter}, newest
	 * first, with speaker, on-behalf-of and source loaded (topics are batch-fetched), and
	 * the number of matches in all. A page past the end is empty.
	 */
	StatementPage search(StatementFilter filter, int page);

	/**
	 * Every statement matching {@code filter} (at most {@code limit}), in the order of
	 * {@link #search}: what the statements page's downloads hold.
	 */
	List<Statement> searchAll(StatementFilter filter, int limit);

}
