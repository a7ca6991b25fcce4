package org.peaceterms.shared;

import java.util.Collection;
import java.util.function.Function;
import org.hibernate.Hibernate;
import org.springframework.data.domain.Page;

/**
 * Loads lazy associations a page will show while the controller's read-only transaction
 * is still open ({@code open-in-view} is off, so templates render after it closes).
 * Hibernate's batch fetching ({@code default_batch_fetch_size}) turns the loop into one
 * query per association and hundred rows, never one per row.
 */
public final class Preload {

	private Preload() {
	}

	/**
	 * Initialises, on every row, each association {@code paths} reach (a collection or a
	 * to-one proxy; {@code null} is skipped), and returns the rows.
	 */
	@SafeVarargs
	public static <T, C extends Collection<T>> C each(C rows, Function<T, ?>... paths) {
		for (Function<T, ?> path : paths) {
			for (T row : rows) {
				Hibernate.initialize(path.apply(row));
			}
		}
		return rows;
	}

	/** {@link #each} on the rows of a page, and returns the page. */
	@SafeVarargs
	public static <T> Page<T> page(Page<T> page, Function<T, ?>... paths) {
		each(page.getContent(), paths);
		return page;
	}

}
