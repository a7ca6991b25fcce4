/**
 * Statements (who said what, when, citing which source) and the positions they are
 * evidence for.
 */
@ApplicationModule(displayName = "Statements and positions",
		allowedDependencies = { "actor", "admin", "event", "opendata", "proposal", "shared", "source", "topic", "web" })
@NullMarked
package org.peaceterms.statement;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
