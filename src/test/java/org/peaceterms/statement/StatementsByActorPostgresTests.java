package org.peaceterms.statement;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.peaceterms.PostgresSchema;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The tests of {@link StatementsByActorTests} on PostgreSQL (see {@link PostgresSchema}):
 * an actor's statements are found the same on both.
 */
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class StatementsByActorPostgresTests extends StatementsByActorTests {

	@RegisterExtension
	static final PostgresSchema postgres = new PostgresSchema("sba_");

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		postgres.register(registry);
	}

}
