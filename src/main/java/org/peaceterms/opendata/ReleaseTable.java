package org.peaceterms.opendata;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One table of a data release: the database table it is read from, and its Table Schema
 * (fields with types and descriptions, primary key, foreign keys). A column is one line
 * of the {@link Builder}; the CSV header, the JSON rows, the SQL that reads the table and
 * the {@code datapackage.json} schema all follow from the same list.
 *
 * @param name the resource's name in the package ({@code statements}), also its file name
 * @param sqlTable the database table
 * @param title a human-readable title
 * @param description what one row is
 * @param fields the columns, in order
 * @param primaryKey the fields that identify a row
 * @param foreignKeys references to other tables of the release
 * @param retirable whether the table has a {@code retired} flag (retired rows are not
 * published)
 */
public record ReleaseTable(String name, String sqlTable, String title, String description, List<Field> fields,
		List<String> primaryKey, List<ForeignKey> foreignKeys, boolean retirable) {

	/** Table Schema field types used by the release. */
	public enum Type {

		INTEGER("integer"), NUMBER("number"), STRING("string"), BOOLEAN("boolean"), DATE("date");

		private final String schemaName;

		Type(String schemaName) {
			this.schemaName = schemaName;
		}

		/** The type's name in a Table Schema. */
		public String schemaName() {
			return this.schemaName;
		}

	}

	/**
	 * One column.
	 *
	 * @param name the field's name in the package (camelCase, as in the API)
	 * @param column the database column it is read from
	 * @param type its Table Schema type
	 * @param required whether every row has a value
	 * @param description what it holds
	 * @param format a Table Schema format ({@code uri}), or {@code null} for the default
	 */
	public record Field(String name, String column, Type type, boolean required, String description,
			@Nullable String format) {

	}

	/**
	 * A reference from {@code field} to {@code referencedField} of {@code resource}.
	 */
	public record ForeignKey(String field, String resource, String referencedField) {

	}

	/** Starts a table read from {@code sqlTable}. */
	public static Builder table(String name, String sqlTable, String title, String description) {
		return new Builder(name, sqlTable, title, description);
	}

	/** The field called {@code name}. */
	public Field field(String name) {
		return this.fields.stream()
			.filter((field) -> field.name().equals(name))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException(name));
	}

	/** Builds a {@link ReleaseTable} one column per line. */
	public static final class Builder {

		private final String name;

		private final String sqlTable;

		private final String title;

		private final String description;

		private final List<Field> fields = new ArrayList<>();

		private final List<String> primaryKey = new ArrayList<>();

		private final List<ForeignKey> foreignKeys = new ArrayList<>();

		private boolean retirable;

		private Builder(String name, String sqlTable, String title, String description) {
			this.name = name;
			this.sqlTable = sqlTable;
			this.title = title;
			this.description = description;
		}

		/**
		 * The identity column {@code id}: the primary key; rows with retired set are left
		 * out.
		 */
		public Builder id(String description) {
			this.fields.add(new Field("id", "id", Type.INTEGER, true, description, null));
			this.primaryKey.add("id");
			this.retirable = true;
			return this;
		}

		/** A column that is part of a compound primary key. */
		public Builder key(String name, String column, Type type, String description) {
			this.fields.add(new Field(name, column, type, true, description, null));
			this.primaryKey.add(name);
			return this;
		}

		/** A key column that references the {@code id} of {@code resource}. */
		public Builder keyRef(String name, String column, String resource, String description) {
			key(name, column, Type.INTEGER, description);
			this.foreignKeys.add(new ForeignKey(name, resource, "id"));
			return this;
		}

		/** A column that must have a value. */
		public Builder required(String name, String column, Type type, String description) {
			this.fields.add(new Field(name, column, type, true, description, null));
			return this;
		}

		/** A column that may be empty. */
		public Builder optional(String name, String column, Type type, String description) {
			this.fields.add(new Field(name, column, type, false, description, null));
			return this;
		}

		/** A column holding a URL, which may be empty. */
		public Builder url(String name, String column, String description) {
			this.fields.add(new Field(name, column, Type.STRING, false, description, "uri"));
			return this;
		}

		/** A column referencing the {@code id} of {@code resource}, always filled. */
		public Builder ref(String name, String column, String resource, String description) {
			required(name, column, Type.INTEGER, description);
			this.foreignKeys.add(new ForeignKey(name, resource, "id"));
			return this;
		}

		/**
		 * A column referencing the {@code id} of {@code resource}, which may be empty.
		 */
		public Builder optionalRef(String name, String column, String resource, String description) {
			optional(name, column, Type.INTEGER, description);
			this.foreignKeys.add(new ForeignKey(name, resource, "id"));
			return this;
		}

		public ReleaseTable build() {
			return new ReleaseTable(this.name, this.sqlTable, this.title, this.description, List.copyOf(this.fields),
					List.copyOf(this.primaryKey), List.copyOf(this.foreignKeys), this.retirable);
		}

	}

}
