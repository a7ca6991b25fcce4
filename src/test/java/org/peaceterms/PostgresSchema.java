package org.peaceterms;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A fresh schema on a real PostgreSQL for one test class. The server is
 * {@code PEACETERMS_TEST_POSTGRES_URL} (user and password from
 * {@code PEACETERMS_TEST_POSTGRES_USER}/{@code _PASSWORD}, default {@code postgres} with
 * no password). Without it, or with the server unreachable, the tests skip; with
 * {@code CI=true} they fail. Used either as a JUnit 5 extension
 * ({@code @RegisterExtension static final PostgresSchema postgres = new PostgresSchema("x_")}:
 * checked before the class, dropped after it) or by hand ({@link #require()} in
 * {@code @BeforeAll}, {@link #drop()} in {@code @AfterAll}); either way {@link #register}
 * points the application at it from a {@code @DynamicPropertySource}.
 */
public final class PostgresSchema implements BeforeAllCallback, AfterAllCallback {

	public static final String URL = System.getenv("PEACETERMS_TEST_POSTGRES_URL");

	public static final String USER = envOr("PEACETERMS_TEST_POSTGRES_USER", "postgres");

	public static final String PASSWORD = envOr("PEACETERMS_TEST_POSTGRES_PASSWORD", "");

	private final String name;

	/** A schema named {@code ptt_} and a random suffix. */
	public PostgresSchema() {
		this("ptt_");
	}

	/** A schema named {@code prefix} and a random suffix. */
	public PostgresSchema(String prefix) {
		this.name = prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
	}

	public String name() {
		return this.name;
	}

	/**
	 * Skips the calling test (fails it under {@code CI=true}) unless PostgreSQL answers.
	 */
	public static void require() {
		TestEnvironment.require(URL != null && !URL.isBlank(),
				"PEACETERMS_TEST_POSTGRES_URL is not set (e.g. jdbc:postgresql://127.0.0.1:5432/test)");
		try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD)) {
			TestEnvironment.require(connection.isValid(5), "PostgreSQL at " + URL + " does not answer");
		}
		catch (SQLException ex) {
			TestEnvironment.require(false, "PostgreSQL at " + URL + " is unreachable: " + ex.getMessage());
		}
	}

	@Override
	public void beforeAll(ExtensionContext context) {
		require();
	}

	/** The JDBC URL of this schema. */
	public String url() {
		String separator = (URL != null && URL.contains("?")) ? "&" : "?";
		return URL + separator + "currentSchema=" + this.name;
	}

	/**
	 * The same as {@link #register}, as command-line arguments for the packaged
	 * application.
	 */
	public List<String> applicationArguments() {
		return List.of("--spring.datasource.url=" + url(), "--spring.datasource.username=" + USER,
				"--spring.datasource.password=" + PASSWORD, "--spring.flyway.schemas=" + this.name);
	}

	/** Points the data source and Flyway at the schema. */
	public void register(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", this::url);
		registry.add("spring.datasource.username", () -> USER);
		registry.add("spring.datasource.password", () -> PASSWORD);
		registry.add("spring.flyway.schemas", () -> this.name);
	}

	@Override
	public void afterAll(ExtensionContext context) throws SQLException {
		drop();
	}

	/** Drops the schema and everything in it. */
	public void drop() throws SQLException {
		if (URL == null || URL.isBlank()) {
			return;
		}
		try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD);
				Statement statement = connection.createStatement()) {
			statement.execute("drop schema if exists " + this.name + " cascade");
		}
	}

	private static String envOr(String name, String fallback) {
		String value = System.getenv(name);
		return (value == null || value.isBlank()) ? fallback : value;
	}

}
