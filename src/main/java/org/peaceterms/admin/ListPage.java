package org.peaceterms.admin;

import java.util.List;

/**
 * One page of an admin list, ready to render: the rows as text cells, the total, and the
 * query that produced it (for sort and page links).
 *
 * @param rows the records on this page
 * @param total how many records match in all
 * @param query the query
 */
public record ListPage(List<Row> rows, long total, ListQuery query) {

	/** A record in the list: its id, whether it is retired, and its cells. */
	public record Row(long id, boolean retired, List<String> cells) {

	}

	public int pages() {
		return (int) Math.max(1, (this.total + ListQuery.PAGE_SIZE - 1) / ListQuery.PAGE_SIZE);
	}

	public boolean hasPrevious() {
		return this.query.page() > 1;
	}

	public boolean hasNext() {
		return this.query.page() < pages();
	}

}
