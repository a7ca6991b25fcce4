package org.peaceterms.commitment;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.peaceterms.PostgresSchema;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The listing tests of {@link CommitmentListingTests} on PostgreSQL (see
 * {@link PostgresSchema}): the window functions give the same rows on both.
 */
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class CommitmentListingPostgresTests extends CommitmentListingTests {

	@RegisterExtension
	static final PostgresSchema postgres = new PostgresSchema("clt_");

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		postgres.register(registry);
	}

}
