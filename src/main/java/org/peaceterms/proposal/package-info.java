/**
 * Proposals (plans and statements of terms), their numbered provisions, endorsements and
 * lineage.
 */
@ApplicationModule(displayName = "Proposals",
		allowedDependencies = { "actor", "admin", "event", "opendata", "shared", "source", "topic", "web" })
@NullMarked
package org.peaceterms.proposal;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
