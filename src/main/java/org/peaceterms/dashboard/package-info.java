/**
 * The home page: the tracked proposals and every country's latest troop-deployment
 * stance.
 */
@ApplicationModule(displayName = "Dashboard",
		allowedDependencies = { "actor", "commitment", "compare", "event", "opendata", "proposal", "shared", "source",
				"stance", "statement", "topic", "web" })
@NullMarked
package org.peaceterms.dashboard;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
