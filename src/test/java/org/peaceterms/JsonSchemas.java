package org.peaceterms;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Validates documents against the official JSON Schemas kept in
 * {@code src/test/resources/schemas}: the Data Package v2 profile (Frictionless Data,
 * public domain, which includes the Table Schema) and JSON Feed 1.1 (ISC licence, by
 * Jakob Krigovsky). Both are draft-07 schemas.
 */
public final class JsonSchemas {

	/** {@code https://datapackage.org/profiles/2.0/datapackage.json}. */
	public static final String DATA_PACKAGE = "schemas/datapackage-2.0.json";

	/** JSON Feed 1.1. */
	public static final String JSON_FEED = "schemas/jsonfeed-1.1.json";

	private JsonSchemas() {
	}

	/** The schema's errors for {@code json}, empty when it validates. */
	public static List<Error> errors(String schemaResource, String json) {
		SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7);
		try (InputStream in = JsonSchemas.class.getClassLoader().getResourceAsStream(schemaResource)) {
			Schema schema = registry.getSchema(in);
			return schema.validate(json, InputFormat.JSON);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Asserts that {@code json} validates against the schema. */
	public static void assertValid(String schemaResource, String json) {
		assertThat(errors(schemaResource, json)).as("errors against " + schemaResource).isEmpty();
	}

}
