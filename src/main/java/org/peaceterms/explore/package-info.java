/**
 * Pages that gather facts from every feature around one record: an actor, a topic, a
 * source, and the timeline of events with the proposals presented at them. Nothing
 * depends on this package.
 */
@ApplicationModule(displayName = "Explore",
		allowedDependencies = { "actor", "commitment", "event", "opendata", "proposal", "shared", "source", "stance",
				"statement", "topic", "web" })
@NullMarked
package org.peaceterms.explore;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
