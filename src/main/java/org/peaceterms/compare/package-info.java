/**
 * Editor-set relations between two proposals on one topic, used by the comparison.
 */
@ApplicationModule(displayName = "Comparison",
		allowedDependencies = { "admin", "opendata", "proposal", "shared", "source", "topic", "web" })
@NullMarked
package org.peaceterms.compare;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
