/**
 * Sources: the articles and documents every fact in the tracker cites.
 */
@ApplicationModule(displayName = "Sources", allowedDependencies = { "admin", "opendata", "shared", "web" })
@NullMarked
package org.peaceterms.source;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
