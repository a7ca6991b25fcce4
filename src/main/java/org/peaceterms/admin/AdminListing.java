package org.peaceterms.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * How an admin list page shows one kind of record: its columns, which attributes the
 * search box looks in, the filters offered, and the columns it can be sorted by.
 * Attribute paths are JPA paths ({@code "speaker.name"}, {@code "topics.id"}).
 *
 * @param <E> the entity listed
 */
public final class AdminListing<E> {

	private final List<Column<E>> columns = new ArrayList<>();

	private final List<String> searchPaths = new ArrayList<>();

	private final List<Filter> filters = new ArrayList<>();

	private String defaultSort = "id";

	private boolean defaultDescending = true;

	/** One column: header message key, how a cell reads, and the path to sort by. */
	public record Column<E>(String labelKey, Function<E, @Nullable Object> value, @Nullable String sortPath) {

	}

	/** A choice in a filter's drop-down: the value sent and its label. */
	public record Option(String value, String label) {

	}

	/** A drop-down filter: the query parameter, its label key, the path it matches. */
	public record Filter(String param, String labelKey, String path, List<Option> options) {

	}

	public AdminListing<E> column(String labelKey, Function<E, @Nullable Object> value, @Nullable String sortPath) {
		this.columns.add(new Column<>(labelKey, value, sortPath));
		return this;
	}

	public AdminListing<E> column(String labelKey, Function<E, @Nullable Object> value) {
		return column(labelKey, value, null);
	}

	public AdminListing<E> search(String... paths) {
		this.searchPaths.addAll(List.of(paths));
		return this;
	}

	public AdminListing<E> filter(String param, String labelKey, String path, List<Option> options) {
		this.filters.add(new Filter(param, labelKey, path, options));
		return this;
	}

	public AdminListing<E> sortedBy(String path, boolean descending) {
		this.defaultSort = path;
		this.defaultDescending = descending;
		return this;
	}

	public List<Column<E>> columns() {
		return this.columns;
	}

	public List<String> searchPaths() {
		return this.searchPaths;
	}

	public List<Filter> filters() {
		return this.filters;
	}

	public String defaultSort() {
		return this.defaultSort;
	}

	public boolean defaultDescending() {
		return this.defaultDescending;
	}

}
