package org.peaceterms.statement;

import java.util.List;
import java.util.stream.Stream;

/**
 * The statements of a download of any size, read by one query as it goes, each with the
 * slugs of its topics. Part of {@link StatementRepository}.
 */
interface StatementStreams {

	/**
	 * Every statement {@code criteria} find, newest first (the order of
	 * {@link StatementRepository#search}), with speaker, on-behalf-of, source, event and
	 * provision loaded, each with its topics' slugs in topic order, all from one query.
	 * Close the stream.
	 */
	Stream<WithTopics> streamWithTopics(StatementCriteria criteria);

	/** A statement and the slugs of its topics, in topic order. */
	record WithTopics(Statement statement, List<String> topics) {
	}

}
