/**
 * The stance timeline read model: who held which stance on which topic when, for
 * `/stances` and the dashboard strip.
 */
@ApplicationModule(displayName = "Stance timeline",
		allowedDependencies = { "actor", "opendata", "shared", "source", "statement", "topic", "web" })
@NullMarked
package org.peaceterms.stance;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
