/**
 * The open-data plumbing: API paging, parameters and problems, CSV and JSON downloads,
 * Atom feeds, CORS and ETags.
 */
@ApplicationModule(displayName = "Open data", allowedDependencies = { "shared", "web" })
@NullMarked
package org.peaceterms.opendata;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
