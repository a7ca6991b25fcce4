package org.peaceterms.opendata;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.peaceterms.web.Links;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.stereotype.Component;

/**
 * Makes the published OpenAPI document say what the API really does: every status an
 * operation answers (304 to a matching {@code If-None-Match}; 400 for a malformed
 * parameter; 404 for an unknown record; 405 for anything but GET, HEAD and OPTIONS; 406
 * for a type other than JSON), each error as an RFC 9457 problem; paging parameters as
 * integers and dates as dates; and every field that may be {@code null} (a JSpecify
 * {@code @Nullable} record component of the answer's record) as nullable.
 */
@Component
class ApiDocumentation implements OpenApiCustomizer {

	private static final String PROBLEM = "Problem";

	private static final Set<String> DATES = Set.of("asOf", "from", "to");

	@Override
	public void customise(OpenAPI openApi) {
		openApi.getComponents().addSchemas(PROBLEM, problemSchema());
		openApi.getPaths().forEach((path, item) -> item.readOperations().forEach((operation) -> {
			boolean api = path.startsWith(Links.API + "/");
			describeParameters(operation);
			describeStatuses(operation, api, path.contains("{"));
		}));
		Map<String, Class<?>> records = records();
		openApi.getComponents().getSchemas().forEach((name, schema) -> {
			Class<?> type = records.get(name);
			if (type != null) {
				markNullable(type, schema);
			}
		});
	}

	private static void describeParameters(Operation operation) {
		if (operation.getParameters() == null) {
			return;
		}
		for (Parameter parameter : operation.getParameters()) {
			String name = parameter.getName();
			if (name.equals("page")) {
				parameter.schema(new IntegerSchema().minimum(BigDecimal.ONE))
					.description("The page, from 1; past the last page the answer is empty.");
			}
			else if (name.equals("size")) {
				parameter.schema(new IntegerSchema().minimum(BigDecimal.ONE).maximum(BigDecimal.valueOf(100)))
					.description("Items per page, 1 to 100 (default 20).");
			}
			else if (DATES.contains(name)) {
				parameter.schema(new StringSchema().format("date"));
			}
		}
	}

	private static void describeStatuses(Operation operation, boolean api, boolean item) {
		ApiResponses responses = operation.getResponses();
		// Springdoc copies the admin's 409 handler onto every operation: the API never
		// answers 409.
		responses.remove("409");
		responses.addApiResponse("304",
				new ApiResponse().description("Not modified: the answer's ETag matches If-None-Match; no body."));
		boolean parameters = operation.getParameters() != null && !operation.getParameters().isEmpty();
		if (parameters) {
			responses.addApiResponse("400", problem(api, "A parameter is not in the expected form."));
		}
		if (item || !api) {
			responses.addApiResponse("404", problem(api, "No such record (or none as of that date)."));
		}
		responses.addApiResponse("405", problem(api, "Only GET, HEAD and OPTIONS are allowed."));
		responses.addApiResponse("406", problem(api, "The answer is only available in its documented type."));
	}

	private static ApiResponse problem(boolean api, String description) {
		ApiResponse response = new ApiResponse().description(description);
		if (api) {
			response.content(new Content().addMediaType("application/problem+json",
					new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
		}
		return response;
	}

	private static Schema<?> problemSchema() {
		Schema<?> schema = new ObjectSchema().description("An RFC 9457 problem.");
		schema.addProperty("type", new StringSchema());
		schema.addProperty("title", new StringSchema());
		schema.addProperty("status", new IntegerSchema());
		schema.addProperty("detail", new StringSchema());
		schema.addProperty("instance", new StringSchema());
		schema.required(List.of("title", "status"));
		return schema;
	}

	@SuppressWarnings({ "rawtypes", "unchecked" })
	private static void markNullable(Class<?> type, Schema<?> schema) {
		Map<String, Schema> properties = schema.getProperties();
		if (properties == null || !type.isRecord()) {
			return;
		}
		for (RecordComponent component : type.getRecordComponents()) {
			Schema property = properties.get(component.getName());
			if (property == null || !component.getAnnotatedType().isAnnotationPresent(Nullable.class)) {
				continue;
			}
			if (property.get$ref() != null) {
				Schema either = new Schema<>();
				either.addAnyOfItem(new Schema<>().$ref(property.get$ref()));
				either.addAnyOfItem(new Schema<>().types(new LinkedHashSet<>(List.of("null"))));
				properties.put(component.getName(), either);
			}
			else {
				Set<String> types = new LinkedHashSet<>();
				if (property.getTypes() != null) {
					types.addAll(property.getTypes());
				}
				else if (property.getType() != null) {
					types.add(property.getType());
				}
				if (!types.isEmpty()) {
					types.add("null");
					property.setTypes(types);
				}
				// An enumeration must list null too, or null fails it whatever the type
				// says.
				List enumeration = property.getEnum();
				if (enumeration != null && !enumeration.contains(null)) {
					enumeration.add(null);
				}
			}
		}
	}

	/** The application's records by simple name: the schemas of the API's answers. */
	private static Map<String, Class<?>> records() {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
			@Override
			protected boolean isCandidateComponent(
					org.springframework.beans.factory.annotation.AnnotatedBeanDefinition definition) {
				return true;
			}
		};
		scanner.addIncludeFilter(new AssignableTypeFilter(Record.class));
		Map<String, Class<?>> records = new HashMap<>();
		for (var candidate : scanner.findCandidateComponents("org.peaceterms")) {
			try {
				Class<?> type = Class.forName(candidate.getBeanClassName(), false,
						ApiDocumentation.class.getClassLoader());
				records.putIfAbsent(type.getSimpleName(), type);
			}
			catch (ClassNotFoundException | LinkageError ex) {
				// Not loadable here: not part of the API.
			}
		}
		return records;
	}

}
