package org.peaceterms.commitment;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.peaceterms.PostgresSchema;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The force tally tests of {@link ForceTallyTests} on PostgreSQL (see
 * {@link PostgresSchema}): the database's counts and sums are the same on both.
 */
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class ForceTallyPostgresTests extends ForceTallyTests {

	@RegisterExtension
	static final PostgresSchema postgres = new PostgresSchema("ftt_");

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		postgres.register(registry);
	}

}
