package org.peaceterms;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The packaged application ({@code target/peace-terms-tracker-*.jar}) running as a
 * separate process, for tests about what happens between processes: several instances on
 * one database, an instance killed mid-flight. Start one with {@link #start}, wait for
 * {@link #awaitReady}, stop it with {@link #stop} (SIGTERM, graceful) or {@link #kill}
 * (SIGKILL). Its output goes to {@code target/app-processes/<name>.log}.
 * <p>
 * The jar exists after {@code package}, so tests using this class are integration tests
 * ({@code *IT}) run by Failsafe in {@code verify}. Only 127.0.0.1 is ever bound.
 */
public final class AppProcess implements AutoCloseable {

	/** JVM options that start the app sooner and leave the CPU to the tests. */
	public static final List<String> LEAN_JVM = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx512m");

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final String name;

	private final int port;

	private final Process process;

	private final Path log;

	private AppProcess(String name, int port, Process process, Path log) {
		this.name = name;
		this.port = port;
		this.process = process;
		this.log = log;
	}

	/**
	 * Starts {@code java <jvmOptions> -jar <the jar> --server.port=<port>
	 * --server.address=127.0.0.1 <args>} with the current environment plus {@code env}.
	 * @param name names the log file
	 * @param port the HTTP port
	 * @param jvmOptions options before {@code -jar}, e.g. {@link #LEAN_JVM}
	 * @param env environment variables to add or replace
	 * @param args application arguments, e.g. {@code --spring.profiles.active=postgres}
	 */
	public static AppProcess start(String name, int port, List<String> jvmOptions, Map<String, String> env,
			List<String> args) {
		List<String> command = new ArrayList<>();
		command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(jvmOptions);
		command.add("-jar");
		command.add(jar().toString());
		command.add("--server.port=" + port);
		command.add("--server.address=127.0.0.1");
		command.addAll(args);
		try {
			Path logs = Files.createDirectories(Paths.get("target", "app-processes"));
			Path log = logs.resolve(name + ".log");
			ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
			builder.environment().putAll(env);
			return new AppProcess(name, port, builder.start(), log);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start " + command, ex);
		}
	}

	/** The executable jar that {@code package} made. */
	public static Path jar() {
		try (Stream<Path> files = Files.list(Paths.get("target"))) {
			return files
				.filter((path) -> path.getFileName().toString().matches("peace-terms-tracker-.*\\.jar")
						&& !path.getFileName().toString().endsWith("-plain.jar"))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("No target/peace-terms-tracker-*.jar: run ./mvnw package "
						+ "(or ./mvnw verify, which runs this test after package)"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Waits until {@code /actuator/health/readiness} answers 200.
	 * @throws IllegalStateException if the process ends first or {@code timeout} passes,
	 * with the end of its log
	 */
	public AppProcess awaitReady(Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException(
						this.name + " exited with " + this.process.exitValue() + ":\n" + logTail());
			}
			if (status("/actuator/health/readiness") == 200) {
				return this;
			}
			sleep(250);
		}
		throw new IllegalStateException(this.name + " not ready after " + timeout + ":\n" + logTail());
	}

	/** The HTTP status of a GET of {@code path}, or -1 if nothing answers. */
	public int status(String path) {
		try {
			HttpRequest request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(5)).GET().build();
			return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
		}
		catch (IOException ex) {
			return -1;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return -1;
		}
	}

	/** Stops the process with SIGTERM (Spring shuts down gracefully) and waits for it. */
	public void stop() {
		this.process.destroy();
		waitForExit();
	}

	/** Kills the process with SIGKILL: no shutdown hook runs, as in a crash. */
	public void kill() {
		this.process.destroyForcibly();
		waitForExit();
	}

	public boolean isAlive() {
		return this.process.isAlive();
	}

	public long pid() {
		return this.process.pid();
	}

	public int port() {
		return this.port;
	}

	public URI uri(String path) {
		return URI.create("http://127.0.0.1:" + this.port + path);
	}

	public Path log() {
		return this.log;
	}

	/** The last lines of the log, for failure messages. */
	public String logTail() {
		try {
			List<String> lines = Files.readAllLines(this.log);
			return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
		}
		catch (IOException ex) {
			return "(no log: " + ex.getMessage() + ")";
		}
	}

	/** Kills the process if it still runs. */
	@Override
	public void close() {
		if (this.process.isAlive()) {
			kill();
		}
	}

	private void waitForExit() {
		try {
			if (!this.process.waitFor(60, TimeUnit.SECONDS)) {
				this.process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public String toString() {
		return this.name + " (pid " + this.process.pid() + ", port " + this.port + ")";
	}

}
