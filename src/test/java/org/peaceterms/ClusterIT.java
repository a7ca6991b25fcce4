package org.peaceterms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two instances of the packaged application, as separate processes, on one PostgreSQL (a
 * fresh schema in the database of {@code PEACETERMS_TEST_POSTGRES_URL}; skips without it,
 * fails with {@code CI=true}), started together on the empty schema as a cluster would
 * be. First, the scheduled session cleanup runs exactly once per period although both
 * instances schedule it. Then an editor logs in on instance A, saves a statement through
 * instance B with the same session cookie, sees it at once on A's public pages and API,
 * and after A is killed (SIGKILL) carries on through B without logging in again.
 * <p>
 * Ports {@code 8184} and {@code 8185} (override with {@code PEACETERMS_IT_PORT_A} and
 * {@code _B}); each instance may take {@code PEACETERMS_IT_START_MINUTES} (12) to get
 * ready; their logs are in {@code target/app-processes/}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

	private static final String URL = System.getenv("PEACETERMS_TEST_POSTGRES_URL");

	private static final String USER = envOr("PEACETERMS_TEST_POSTGRES_USER", "postgres");

	private static final String PASSWORD = envOr("PEACETERMS_TEST_POSTGRES_PASSWORD", "");

	private static final String SCHEMA = "ptit_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

	private static final String ADMIN_PASSWORD = "it-" + UUID.randomUUID();

	/**
	 * The session cleanup's period in the test: every 2 seconds, locked for at least 1.
	 */
	private static final int PERIOD_SECONDS = 2;

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private static final HttpClient HTTP = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private static AppProcess a;

	private static AppProcess b;

	private static Instant bothReady;

	@BeforeAll
	static void startTwoInstances() {
		TestEnvironment.require(URL != null && !URL.isBlank(),
				"PEACETERMS_TEST_POSTGRES_URL is not set (e.g. jdbc:postgresql://127.0.0.1:5432/test)");
		try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD)) {
			TestEnvironment.require(connection.isValid(5), "PostgreSQL at " + URL + " does not answer");
		}
		catch (SQLException ex) {
			TestEnvironment.require(false, "PostgreSQL at " + URL + " is unreachable: " + ex.getMessage());
		}
		String separator = URL.contains("?") ? "&" : "?";
		Map<String, String> env = new LinkedHashMap<>();
		env.put("SPRING_PROFILES_ACTIVE", "postgres");
		env.put("DATABASE_URL", URL + separator + "currentSchema=" + SCHEMA);
		env.put("DATABASE_USERNAME", USER);
		env.put("DATABASE_PASSWORD", PASSWORD);
		env.put("DATABASE_POOL_SIZE", "4");
		env.put("SPRING_FLYWAY_SCHEMAS", SCHEMA);
		env.put("PEACETERMS_ADMIN_PASSWORD", ADMIN_PASSWORD);
		List<String> args = List.of("--peaceterms.jobs.session-cleanup.cron=*/" + PERIOD_SECONDS + " * * * * *",
				"--peaceterms.jobs.session-cleanup.lock-at-least-for=PT1.5S");
		a = AppProcess.start("cluster-a", port("PEACETERMS_IT_PORT_A", 8184), AppProcess.LEAN_JVM, env, args);
		b = AppProcess.start("cluster-b", port("PEACETERMS_IT_PORT_B", 8185), AppProcess.LEAN_JVM, env, args);
		// Generous: on a machine shared with other builds one start has taken over six
		// minutes.
		Duration start = Duration.ofMinutes(port("PEACETERMS_IT_START_MINUTES", 12));
		a.awaitReady(start);
		b.awaitReady(start);
		bothReady = Instant.now();
	}

	@AfterAll
	static void stopAndDropSchema() throws SQLException {
		if (a != null) {
			a.close();
		}
		if (b != null) {
			b.close();
		}
		if (URL == null || URL.isBlank()) {
			return;
		}
		try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD);
				Statement statement = connection.createStatement()) {
			statement.execute("drop schema if exists " + SCHEMA + " cascade");
		}
	}

	@Test
	@Order(1)
	void scheduledJobRunsExactlyOncePerPeriodWithTwoInstancesUp() throws Exception {
		Thread.sleep(6_000L * PERIOD_SECONDS);
		assertThat(a.isAlive() && b.isAlive()).as("both instances still up").isTrue();
		Instant until = Instant.now();
		// Whole periods that began after both instances were ready and ended before now.
		long firstPeriod = bothReady.getEpochSecond() / PERIOD_SECONDS + 1;
		long lastPeriod = until.getEpochSecond() / PERIOD_SECONDS - 1;
		Map<Long, List<String>> runsByPeriod = new TreeMap<>();
		try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD);
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("select started_at, instance from " + SCHEMA
						+ ".job_run where job = 'session-cleanup' order by started_at")) {
			while (rows.next()) {
				long period = rows.getTimestamp(1).toLocalDateTime().toInstant(ZoneOffset.UTC).getEpochSecond()
						/ PERIOD_SECONDS;
				runsByPeriod.computeIfAbsent(period, (key) -> new ArrayList<>()).add(rows.getString(2));
			}
		}
		assertThat(lastPeriod - firstPeriod + 1).as("periods observed").isGreaterThanOrEqualTo(4);
		for (long period = firstPeriod; period <= lastPeriod; period++) {
			assertThat(runsByPeriod.getOrDefault(period, List.of()))
				.as("runs in the period starting %s (all runs: %s)", Instant.ofEpochSecond(period * PERIOD_SECONDS),
						describe(runsByPeriod))
				.hasSize(1);
		}
		// Periods before both were ready are not checked: an instance still starting up
		// (JIT, class loading) may fire its schedule too late for the lock to cover it.
	}

	@Test
	@Order(2)
	void aSessionMadeOnOneInstanceWorksOnTheOtherAndSurvivesTheFirstDying() throws Exception {
		// Log in through A.
		HttpResponse<String> loginPage = get(a, "/login", null);
		assertThat(loginPage.statusCode()).isEqualTo(200);
		String cookie = sessionCookie(loginPage, null);
		HttpResponse<String> login = post(a, "/login", cookie,
				Map.of("username", "admin", "password", ADMIN_PASSWORD, "_csrf", csrf(loginPage)));
		assertThat(login.statusCode()).as("login answer").isEqualTo(302);
		assertThat(login.headers().firstValue("Location").orElseThrow()).endsWith("/admin");
		assertThat(login.headers().allValues("Set-Cookie")).as("the session cookie's attributes")
			.anySatisfy((
					header) -> assertThat(header).startsWith("SESSION=").contains("HttpOnly").contains("SameSite=Lax"));
		cookie = sessionCookie(login, cookie);

		// The same cookie is a logged-in session on B: save a statement through B's admin
		// form.
		String word = randomWord();
		String text = "Cluster check " + word + ": the force will be ready.";
		String saved = saveStatement(b, cookie, text);
		assertThat(saved).matches(".*/admin/statements/\\d+");

		// A sees it at once: public search, the speaker's page and the JSON API.
		// The search marks the words found (<mark>), so the page's text is compared.
		assertThat(textOf(get(a, "/statements?q=" + word, cookie).body())).contains(text);
		assertThat(get(a, "/actors/keir-starmer", null).body()).contains(text);
		HttpResponse<String> api = get(a, "/api/v1/statements?q=" + word, null);
		assertThat(api.statusCode()).isEqualTo(200);
		assertThat(api.body()).contains(text);
		assertThat(sessionsOf("admin")).as("sessions stored in PostgreSQL").isGreaterThanOrEqualTo(1);

		// A dies without a chance to clean up; B carries on with the same session.
		a.kill();
		assertThat(a.isAlive()).isFalse();
		HttpResponse<String> admin = get(b, "/admin", cookie);
		assertThat(admin.statusCode()).as("admin home on B after A died").isEqualTo(200);
		String laterWord = randomWord();
		String laterText = "Cluster check " + laterWord + ": still editing after instance A died.";
		assertThat(saveStatement(b, cookie, laterText)).matches(".*/admin/statements/\\d+");
		assertThat(textOf(get(b, "/statements?q=" + laterWord, null).body())).contains(laterText);
		assertThat(get(b, "/login", null).statusCode()).isEqualTo(200);
	}

	/** A page's text without its tags. */
	private static String textOf(String html) {
		return html.replaceAll("<[^>]+>", "");
	}

	/** Opens B's new-statement form and submits it; returns where the save redirects. */
	private static String saveStatement(AppProcess instance, String cookie, String text) throws Exception {
		HttpResponse<String> form = get(instance, "/admin/statements/new", cookie);
		assertThat(form.statusCode()).as("new statement form on " + instance).isEqualTo(200);
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("_csrf", csrf(form));
		fields.putAll(PackagedApp.newStatementForm(text));
		HttpResponse<String> save = post(instance, "/admin/statements/new", cookie, fields);
		assertThat(save.statusCode()).as("save answer on " + instance + ": " + save.body()).isEqualTo(302);
		return save.headers().firstValue("Location").orElseThrow();
	}

	private static HttpResponse<String> get(AppProcess instance, String path, String cookie)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(instance.uri(path)).timeout(Duration.ofSeconds(30));
		if (cookie != null) {
			request.header("Cookie", cookie);
		}
		return HTTP.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	private static HttpResponse<String> post(AppProcess instance, String path, String cookie,
			Map<String, String> fields) throws IOException, InterruptedException {
		String body = fields.entrySet()
			.stream()
			.map((field) -> encode(field.getKey()) + "=" + encode(field.getValue()))
			.collect(Collectors.joining("&"));
		HttpRequest.Builder request = HttpRequest.newBuilder(instance.uri(path))
			.timeout(Duration.ofSeconds(30))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (cookie != null) {
			request.header("Cookie", cookie);
		}
		return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** The session cookie the response sets, or {@code current} if it sets none. */
	private static String sessionCookie(HttpResponse<?> response, String current) {
		return response.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter((header) -> header.startsWith("SESSION="))
			.map((header) -> header.substring(0, header.indexOf(';')))
			.findFirst()
			.orElseGet(() -> {
				assertThat(current).as("a session cookie from " + response.uri()).isNotNull();
				return current;
			});
	}

	private static String csrf(HttpResponse<String> page) {
		Matcher matcher = CSRF.matcher(page.body());
		assertThat(matcher.find()).as("a CSRF token on " + page.uri()).isTrue();
		return matcher.group(1);
	}

	private static int sessionsOf(String user) throws SQLException {
		try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD);
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery(
						"select count(*) from " + SCHEMA + ".spring_session where principal_name = '" + user + "'")) {
			rows.next();
			return rows.getInt(1);
		}
	}

	private static String describe(Map<Long, List<String>> runsByPeriod) {
		return runsByPeriod.entrySet()
			.stream()
			.map((entry) -> Instant.ofEpochSecond(entry.getKey() * PERIOD_SECONDS) + "=" + entry.getValue())
			.collect(Collectors.joining(", "));
	}

	/** Letters only, so that the statement search finds exactly this statement. */
	private static String randomWord() {
		SecureRandom random = new SecureRandom();
		StringBuilder word = new StringBuilder("zq");
		for (int i = 0; i < 12; i++) {
			word.append((char) ('a' + random.nextInt(26)));
		}
		return word.toString();
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private static int port(String variable, int fallback) {
		String value = System.getenv(variable);
		return (value != null && !value.isBlank()) ? Integer.parseInt(value) : fallback;
	}

	private static String envOr(String name, String fallback) {
		String value = System.getenv(name);
		return (value != null) ? value : fallback;
	}

}
