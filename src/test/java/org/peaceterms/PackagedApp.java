package org.peaceterms;

import java.io.File;
import java.io.IOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The packaged application ({@code target/*.jar}) run as a separate process, as in
 * production, for tests that must kill it: start, wait for health, {@link #kill()} with
 * SIGKILL or {@link #stop()} with SIGTERM; plus a logged-in HTTP client that posts forms
 * with their CSRF token. A minimal stand-in until issue 13's {@code AppProcess} is
 * merged.
 */
public final class PackagedApp implements AutoCloseable {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final Process process;

	private final int port;

	private final Path log;

	private final HttpClient http = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	private PackagedApp(Process process, int port, Path log) {
		this.process = process;
		this.port = port;
		this.log = log;
	}

	/** The jar {@code mvn package} built. */
	public static Path jar() throws IOException {
		String configured = System.getProperty("peaceterms.jar");
		if (configured != null && Files.exists(Path.of(configured))) {
			return Path.of(configured);
		}
		try (var files = Files.list(Path.of("target"))) {
			return files.filter((p) -> p.getFileName().toString().matches("peace-terms-tracker-.*\\.jar"))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("no packaged jar in target/: run mvn package"));
		}
	}

	/** Starts the jar with {@code args} and waits until it answers its health check. */
	public static PackagedApp start(List<String> args, Map<String, String> env, Path log) throws Exception {
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx384m", "-jar",
						jar().toAbsolutePath().toString(), "--server.port=" + port));
		command.addAll(args);
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
		builder.environment().putAll(env);
		PackagedApp app = new PackagedApp(builder.start(), port, log);
		try {
			// Generous: on a loaded build machine a start has taken minutes.
			app.awaitHealthy(Duration.ofMinutes(Long.getLong("peaceterms.app.start-minutes", 15)));
		}
		catch (Exception ex) {
			app.close();
			throw ex;
		}
		return app;
	}

	private void awaitHealthy(Duration timeout) throws Exception {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException("the application exited: see " + this.log);
			}
			try {
				HttpResponse<String> health = this.http.send(HttpRequest.newBuilder(URI.create(url("/actuator/health")))
					.timeout(Duration.ofSeconds(5))
					.build(), HttpResponse.BodyHandlers.ofString());
				if (health.statusCode() == 200) {
					return;
				}
			}
			catch (IOException ex) {
				// Not listening yet.
			}
			Thread.sleep(500);
		}
		throw new IllegalStateException("the application did not start in " + timeout + ": see " + this.log);
	}

	public String url(String path) {
		return "http://127.0.0.1:" + this.port + path;
	}

	/** Logs in through the login form. */
	public void login(String username, String password) throws Exception {
		String token = csrf("/login");
		HttpResponse<String> response = post("/login", Map.of("username", username, "password", password), token);
		if (response.statusCode() != 302 || !response.headers().firstValue("Location").orElse("").endsWith("/admin")) {
			throw new IllegalStateException("login failed: " + response.statusCode() + " "
					+ response.headers().firstValue("Location").orElse(""));
		}
	}

	/** The CSRF token of the form on {@code path}. */
	public String csrf(String path) throws Exception {
		HttpResponse<String> page = this.http.send(HttpRequest.newBuilder(URI.create(url(path))).build(),
				HttpResponse.BodyHandlers.ofString());
		Matcher matcher = CSRF.matcher(page.body());
		if (!matcher.find()) {
			throw new IllegalStateException("no CSRF token on " + path + " (" + page.statusCode() + ")");
		}
		return matcher.group(1);
	}

	/**
	 * The fields of the new-statement form for a statement of {@code text} by a shipped
	 * speaker, source and topic, saved (not previewed).
	 */
	public static Map<String, String> newStatementForm(String text) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("speaker", "Keir Starmer");
		fields.put("saidOn", "2025-12-20");
		fields.put("text", text);
		fields.put("attribution", "SAID");
		fields.put("sourceId", "1");
		fields.put("topicIds", "2");
		fields.put("action", "save");
		return fields;
	}

	/** Posts a form (fields and the CSRF token). */
	public HttpResponse<String> post(String path, Map<String, String> fields, String csrf) throws Exception {
		String body = fields.entrySet()
			.stream()
			.map((field) -> encode(field.getKey()) + "=" + encode(field.getValue()))
			.collect(Collectors.joining("&")) + "&_csrf=" + encode(csrf);
		return this.http.send(HttpRequest.newBuilder(URI.create(url(path)))
			.timeout(Duration.ofSeconds(30))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	/** SIGKILL: no shutdown hook runs, nothing is flushed. */
	public void kill() throws InterruptedException {
		this.process.destroyForcibly();
		this.process.waitFor();
	}

	/** SIGTERM: a graceful shutdown. */
	public void stop() throws InterruptedException {
		this.process.destroy();
		if (!this.process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
			kill();
		}
	}

	@Override
	public void close() throws InterruptedException {
		if (this.process.isAlive()) {
			kill();
		}
	}

	public static Path logFile(String name) throws IOException {
		File dir = new File("target/packaged-app");
		dir.mkdirs();
		return new File(dir, name + ".log").toPath();
	}

}
