/**
 * Events: summits, talks, calls and strikes, with participants and sources.
 */
@ApplicationModule(displayName = "Events",
		allowedDependencies = { "actor", "admin", "opendata", "shared", "source", "web" })
@NullMarked
package org.peaceterms.event;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
