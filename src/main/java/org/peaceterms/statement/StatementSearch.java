package org.peaceterms.statement;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

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

	/**
	 * The next {@code limit} statements matching {@code filter} after the statement said
	 * on {@code saidOn} with id {@code id} (from the first for {@code null}), in the
	 * order of {@link #search}, with speaker, on-behalf-of, source and event loaded: one
	 * chunk of a streamed download.
	 */
	List<Statement> searchAfter(StatementFilter filter, @Nullable LocalDate saidOn, @Nullable Long id, int limit);

	/**
	 * The topics' slugs of the given statements, each statement's in topic order: one
	 * query for a whole chunk.
	 */
	Map<Long, List<String>> topicSlugs(Collection<Long> ids);

}
