package org.peaceterms;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A fresh schema on a real PostgreSQL for one test class, as a JUnit 5 extension: the
 * class registers it ({@code @RegisterExtension static final PostgresSchema postgres})
 * and points the application at it from its {@code @DynamicPropertySource} with
 * {@link #register}. The server is {@code PEACETERMS_TEST_POSTGRES_URL} (user and
 * password from {@code PEACETERMS_TEST_POSTGRES_USER}/{@code _PASSWORD}, default
 * {@code postgres} with no password). Without it, or with the server unreachable, the
 * tests skip; with {@code CI=true} they fail. The schema is dropped after the class.
 */
public final class PostgresSchema implements BeforeAllCallback, AfterAllCallback {

	private static final String URL = System.getenv("PEACETERMS_TEST_POSTGRES_URL");

	private static final String USER = envOr("PEACETERMS_TEST_POSTGRES_USER", "postgres");

	private static final String PASSWORD = envOr("PEACETERMS_TEST_POSTGRES_PASSWORD", "");

	private final String name;

	/** A schema named {@code prefix} and a random suffix. */
	public PostgresSchema(String prefix) {
		this.name = prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
	}

	public String name() {
		return this.name;
	}

	@Override
	public void beforeAll(ExtensionContext context) {
		TestEnvironment.require(URL != null && !URL.isBlank(),
				"PEACETERMS_TEST_POSTGRES_URL is not set (e.g. jdbc:postgresql://127.0.0.1:5432/test)");
		try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD)) {
			TestEnvironment.require(connection.isValid(5), "PostgreSQL at " + URL + " does not answer");
		}
		catch (SQLException ex) {
			TestEnvironment.require(false, "PostgreSQL at " + URL + " is unreachable: " + ex.getMessage());
		}
	}

	/** Points the data source and Flyway at the schema. */
	public void register(DynamicPropertyRegistry registry) {
		String separator = (URL != null && URL.contains("?")) ? "&" : "?";
		registry.add("spring.datasource.url", () -> URL + separator + "currentSchema=" + this.name);
		registry.add("spring.datasource.username", () -> USER);
		registry.add("spring.datasource.password", () -> PASSWORD);
		registry.add("spring.flyway.schemas", () -> this.name);
	}

	@Override
	public void afterAll(ExtensionContext context) throws SQLException {
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
