/**
 * The Atom feeds of new statements and stance changes, for the whole site and per actor.
 */
@ApplicationModule(displayName = "Feeds",
		allowedDependencies = { "actor", "opendata", "shared", "source", "stance", "statement", "topic", "web" })
@NullMarked
package org.peaceterms.feed;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
