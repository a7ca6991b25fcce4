package org.peaceterms;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.InputStream;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.BindParam;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The hostile-input run: every string of the Big List of Naughty Strings
 * ({@code blns.json}, MIT) plus control characters, against every parameter of every
 * public GET route (found from the handler mappings, so a new route is covered without
 * editing this) and every text field of every admin form. Counts server errors (5xx),
 * values stored other than typed (beyond the documented strip of surrounding white space)
 * and hostile markup echoed unescaped into a page.
 */
public final class HostileInput {

	/** What a run found; every count must be 0. */
	public record Findings(int requests, List<String> serverErrors, List<String> alteredValues,
			List<String> unescaped) {

		@Override
		public String toString() {
			return requests + " requests; 5xx: " + first(this.serverErrors) + "; altered: " + first(this.alteredValues)
					+ "; unescaped: " + first(this.unescaped);
		}

		private static String first(List<String> list) {
			return list.size() + " " + list.subList(0, Math.min(5, list.size()));
		}

	}

	/** Control characters and other encodings besides the list. */
	static final List<String> EXTRA = List.of("\u0000", "a\u0000b", "\u0001\u0002\u0003\u001b[31m", "\u007f",
			"line\r\nbreak", "\ud800", "\uffff\ufffe", "%zz", "%00", "%C3%28", "\u202e\u202d", "<script>x</script>");

	private HostileInput() {
	}

	public static List<String> strings() throws Exception {
		try (InputStream in = new ClassPathResource("blns.json").getInputStream()) {
			List<String> all = JsonMapper.builder().build().readValue(in, new TypeReference<List<String>>() {
			});
			// The whole list by default; -Dpeaceterms.hostile.every=N takes every Nth
			// string
			// for a quick local run (the build runs them all).
			int every = Math.max(1, Integer.getInteger("peaceterms.hostile.every", 1));
			List<String> list = new ArrayList<>();
			for (int i = 0; i < all.size(); i += every) {
				list.add(all.get(i));
			}
			list.addAll(EXTRA);
			return list;
		}
	}

	/**
	 * The strings for the run on PostgreSQL, which could treat them differently from H2
	 * (the whole list already runs on H2 through the same code, and the run on PostgreSQL
	 * took over ten minutes): every string holding a control character or a LIKE wildcard
	 * {@code %}, every string over 200 characters, the extra encodings (U+0000, lone
	 * surrogates, bad percent escapes), and every sixth of the rest, backslashes, quotes
	 * and emoji among them.
	 */
	public static List<String> forPostgres() throws Exception {
		List<String> all = strings();
		List<String> chosen = new ArrayList<>();
		for (int i = 0; i < all.size(); i++) {
			String text = all.get(i);
			boolean special = text.length() > 200 || EXTRA.contains(text) || text.indexOf('%') >= 0
					|| text.chars().anyMatch((c) -> (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f);
			if (special || i % 6 == 0) {
				chosen.add(text);
			}
		}
		return chosen;
	}

	/**
	 * Public GET routes with their parameters, path variables filled with real values.
	 */
	public static Map<String, Set<String>> publicRoutes(RequestMappingHandlerMapping mapping, JdbcTemplate jdbc) {
		return routes(mapping, jdbc).parameters();
	}

	/**
	 * Public GET routes with their parameters, and which filter record binds each
	 * parameter that one binds.
	 *
	 * @param parameters the parameters of each route (path variables filled)
	 * @param boundBy for {@code route?parameter}, the filter record that binds it
	 */
	public record Routes(Map<String, Set<String>> parameters, Map<String, String> boundBy) {
	}

	/** The public GET routes, their parameters and the records that bind them. */
	public static Routes routes(RequestMappingHandlerMapping mapping, JdbcTemplate jdbc) {
		Map<String, Set<String>> routes = new LinkedHashMap<>();
		Map<String, String> boundBy = new LinkedHashMap<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mapping.getHandlerMethods().entrySet()) {
			RequestMappingInfo info = entry.getKey();
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			if (!methods.isEmpty() && !methods.contains(RequestMethod.GET)) {
				continue;
			}
			Set<String> parameters = new LinkedHashSet<>();
			Map<String, String> records = new LinkedHashMap<>();
			for (Parameter parameter : entry.getValue().getMethod().getParameters()) {
				RequestParam param = parameter.getAnnotation(RequestParam.class);
				if (param != null) {
					String name = !param.name().isEmpty() ? param.name()
							: !param.value().isEmpty() ? param.value() : parameter.getName();
					if (!Map.class.isAssignableFrom(parameter.getType())) {
						parameters.add(name);
					}
				}
				if (parameter.getType().getSimpleName().equals("AsOf")) {
					parameters.add("asOf");
				}
				// A filter record (StatementFilter, CommitmentFilter, ActorFilter,
				// ApiPaging):
				// Spring MVC binds each of its components from a parameter of that name
				// (or its @BindParam name).
				if (parameter.getType().isRecord() && parameter.getType().getName().startsWith("org.peaceterms.")) {
					for (String name : componentParameters(parameter.getType())) {
						parameters.add(name);
						records.put(name, parameter.getType().getSimpleName());
					}
				}
			}
			for (String pattern : info.getPatternValues()) {
				if (pattern.startsWith("/admin") || pattern.startsWith("/login") || pattern.startsWith("/error")
						|| pattern.startsWith("/v3") || pattern.startsWith("/swagger")) {
					continue;
				}
				String path = fill(pattern, jdbc);
				if (path != null) {
					routes.computeIfAbsent(path, (key) -> new LinkedHashSet<>()).addAll(parameters);
					records.forEach((name, record) -> boundBy.put(path + "?" + name, record));
				}
			}
		}
		return new Routes(routes, boundBy);
	}

	/**
	 * The request parameters a filter record binds, by the names of its canonical
	 * constructor's parameters or their {@code @BindParam}.
	 */
	static List<String> componentParameters(Class<?> record) {
		RecordComponent[] components = record.getRecordComponents();
		Parameter[] parameters;
		try {
			parameters = record
				.getDeclaredConstructor(
						Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new))
				.getParameters();
		}
		catch (NoSuchMethodException ex) {
			throw new IllegalStateException(record + " has no canonical constructor", ex);
		}
		List<String> names = new ArrayList<>();
		for (int i = 0; i < components.length; i++) {
			BindParam bind = parameters[i].getAnnotation(BindParam.class);
			names.add((bind != null) ? bind.value() : components[i].getName());
		}
		return names;
	}

	private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");

	/**
	 * {@code pattern} with its path variables set to a stored record's slug or id, or
	 * {@code null}.
	 */
	public static String fill(String pattern, JdbcTemplate jdbc) {
		Matcher matcher = VARIABLE.matcher(pattern);
		StringBuilder path = new StringBuilder();
		while (matcher.find()) {
			String before = pattern.substring(0, matcher.start());
			String[] segments = before.split("/");
			String feature = segments[segments.length - 1];
			String table = switch (feature) {
				case "actors" -> "actor";
				case "topics" -> "topic";
				case "proposals" -> "proposal";
				case "sources" -> "source";
				case "events" -> "event";
				case "statements" -> "statement";
				case "commitments" -> "commitment";
				case "provisions" -> "provision";
				case "relations" -> "topic_relation";
				case "positions" -> "actor_position";
				default -> null;
			};
			if (table == null) {
				return null;
			}
			String column = matcher.group(1).toLowerCase(Locale.ROOT).contains("slug") ? "slug" : "id";
			String value = jdbc.queryForObject("select min(" + column + ") from " + table, Object.class).toString();
			matcher.appendReplacement(path, Matcher.quoteReplacement(value));
		}
		matcher.appendTail(path);
		return path.toString();
	}

	/**
	 * Every hostile string in every parameter of every public route, one at a time. A
	 * parameter that the same code reads on several routes gets the whole list once and
	 * its first 40 strings on the others: the as-of date and paging (once per kind of
	 * route), a page's CSV and JSON downloads, and a filter record's component (the
	 * statement search on its page, downloads, feeds and API).
	 */
	public static Findings publicParameters(MockMvc mvc, Routes all, List<String> strings) throws Exception {
		Map<String, Set<String>> routes = all.parameters();
		List<String> errors = new ArrayList<>();
		List<String> unescaped = new ArrayList<>();
		int requests = 0;
		Set<String> shared = new LinkedHashSet<>();
		Set<String> recordsRead = new LinkedHashSet<>();
		for (Map.Entry<String, Set<String>> route : routes.entrySet()) {
			for (String parameter : route.getValue()) {
				// The as-of date and paging are parsed by shared code: once per kind of
				// route.
				String kind = (route.getKey().startsWith("/api/") ? "api:" : "page:") + parameter;
				if (Set.of("asOf", "page", "size").contains(parameter) && !shared.add(kind)) {
					continue;
				}
				// A page's CSV and JSON downloads read their filters with the page's own
				// code.
				String page = route.getKey().replaceAll("\\.(csv|json)$", "");
				String record = all.boundBy().get(route.getKey() + "?" + parameter);
				boolean readBefore = (record != null) && !recordsRead.add(record + "." + parameter);
				if ((readBefore
						|| !page.equals(route.getKey()) && routes.getOrDefault(page, Set.of()).contains(parameter))
						&& !strings.isEmpty()) {
					for (String value : strings.subList(0, Math.min(40, strings.size()))) {
						check(route.getKey() + "?" + parameter, value,
								perform(mvc, MockMvcRequestBuilders.get(route.getKey()).param(parameter, value)),
								errors, unescaped);
						requests++;
					}
					continue;
				}
				for (String value : strings) {
					MockHttpServletResponse response = perform(mvc,
							MockMvcRequestBuilders.get(route.getKey()).param(parameter, value));
					requests++;
					check(route.getKey() + "?" + parameter, value, response, errors, unescaped);
				}
			}
		}
		return new Findings(requests, errors, List.of(), unescaped);
	}

	/**
	 * Every hostile string in every text field of every admin form at once, saved: a
	 * refusal must be a message at a field; a save must store the string as typed.
	 */
	public static Findings adminFields(MockMvc mvc, List<String> features, List<String> strings) throws Exception {
		List<String> errors = new ArrayList<>();
		List<String> altered = new ArrayList<>();
		List<String> unescaped = new ArrayList<>();
		int requests = 0;
		for (String feature : features) {
			String base = "/admin/" + feature;
			String page = mvc.perform(MockMvcRequestBuilders.get(base + "/new").with(user("anna").roles("EDITOR")))
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
			MultiValueMap<String, String> empty = HtmlForms.read(page, "form.admin-form");
			List<String> fields = HtmlForms.textFields(page, "form.admin-form");
			for (String value : strings) {
				MultiValueMap<String, String> form = new org.springframework.util.LinkedMultiValueMap<>(empty);
				for (String field : fields) {
					form.set(field, value);
				}
				form.set("action", "save");
				MockHttpServletResponse response = perform(mvc,
						MockMvcRequestBuilders.post(base + "/new")
							.params(form)
							.with(user("anna").roles("EDITOR"))
							.with(csrf()));
				requests++;
				check("POST " + base + "/new", value, response, errors, unescaped);
				if (response.getStatus() == 302 && response.getRedirectedUrl() != null
						&& response.getRedirectedUrl().matches(".*/\\d+$")) {
					String saved = mvc
						.perform(MockMvcRequestBuilders.get(response.getRedirectedUrl())
							.with(user("anna").roles("EDITOR")))
						.andReturn()
						.getResponse()
						.getContentAsString(StandardCharsets.UTF_8);
					requests++;
					MultiValueMap<String, String> stored = HtmlForms.read(saved, "form.admin-form");
					for (String field : fields) {
						String got = stored.getFirst(field);
						if (got != null && !got.isEmpty() && !got.equals(value) && !got.equals(value.strip())) {
							altered.add(feature + "." + field + " " + describe(value) + " -> " + describe(got));
						}
					}
				}
			}
		}
		return new Findings(requests, errors, altered, unescaped);
	}

	/**
	 * The answer; an exception MockMvc passes through (a 500 in the container) as a 500.
	 */
	private static MockHttpServletResponse perform(MockMvc mvc,
			org.springframework.test.web.servlet.RequestBuilder request) {
		try {
			return mvc.perform(request).andReturn().getResponse();
		}
		catch (Exception ex) {
			MockHttpServletResponse failed = new MockHttpServletResponse();
			failed.setStatus(500);
			return failed;
		}
	}

	private static void check(String where, String value, MockHttpServletResponse response, List<String> errors,
			List<String> unescaped) throws Exception {
		if (response.getStatus() >= 500) {
			errors.add(where + " " + describe(value) + " -> " + response.getStatus());
		}
		String type = response.getContentType();
		if (type != null && type.startsWith("text/html") && value.contains("<")
				&& response.getContentAsString(StandardCharsets.UTF_8).contains(value)) {
			unescaped.add(where + " " + describe(value));
		}
	}

	private static String describe(String value) {
		StringBuilder out = new StringBuilder("\"");
		value.codePoints()
			.limit(40)
			.forEach((c) -> out.append((c < 0x20 || c == 0x7f || (c >= 0xd800 && c <= 0xdfff))
					? String.format("\\u%04x", c) : new String(Character.toChars(c))));
		return out.append('"').toString();
	}

}
