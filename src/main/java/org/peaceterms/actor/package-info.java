/**
 * Actors: countries, persons, organisations and coalitions, and the offices persons hold
 * over time.
 */
@ApplicationModule(displayName = "Actors", allowedDependencies = { "admin", "opendata", "shared", "source", "web" })
@NullMarked
package org.peaceterms.actor;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
