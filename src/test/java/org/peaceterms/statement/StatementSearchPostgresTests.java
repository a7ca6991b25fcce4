package org.peaceterms.statement;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.peaceterms.PostgresSchema;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Every statement search test of {@link StatementSearchTests}, on PostgreSQL (see
 * {@link PostgresSchema}): the search behaves the same on both databases.
 */
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class StatementSearchPostgresTests extends StatementSearchTests {

	@RegisterExtension
	static final PostgresSchema postgres = new PostgresSchema("pts_");

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		postgres.register(registry);
	}

}
