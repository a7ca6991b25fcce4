/**
 * Commitments: what actors pledge (troops, money, capabilities), and the asks and
 * estimates they are measured against.
 */
@ApplicationModule(displayName = "Commitments",
		allowedDependencies = { "actor", "admin", "opendata", "shared", "source", "topic", "web" })
@NullMarked
package org.peaceterms.commitment;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
