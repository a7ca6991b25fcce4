package org.peaceterms;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A fresh schema on the PostgreSQL given by {@code PEACETERMS_TEST_POSTGRES_URL} (user
 * and password from {@code PEACETERMS_TEST_POSTGRES_USER}/{@code _PASSWORD}, default
 * {@code postgres} with none), for a test class that runs the application on PostgreSQL:
 * {@link #require()} in {@code @BeforeAll} (skips without it, fails under
 * {@code CI=true}), {@link #register} in {@code @DynamicPropertySource}, {@link #drop()}
 * in {@code @AfterAll}.
 */
public final class PostgresSchema {

	public static final String URL = System.getenv("PEACETERMS_TEST_POSTGRES_URL");

	public static final String USER = envOr("PEACETERMS_TEST_POSTGRES_USER", "postgres");

	public static final String PASSWORD = envOr("PEACETERMS_TEST_POSTGRES_PASSWORD", "");

	private final String name = "ptt_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

	public String name() {
		return this.name;
	}

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

	/** The JDBC URL of this schema. */
	public String url() {
		String separator = (URL != null && URL.contains("?")) ? "&" : "?";
		return URL + separator + "currentSchema=" + this.name;
	}

	public void register(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", this::url);
		registry.add("spring.datasource.username", () -> USER);
		registry.add("spring.datasource.password", () -> PASSWORD);
		registry.add("spring.flyway.schemas", () -> this.name);
	}

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
		return (value != null && !value.isBlank()) ? value : fallback;
	}

}
