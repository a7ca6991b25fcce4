/**
 * Topics of the deal, their stance ladders and the structured conditions a stance can
 * carry.
 */
@ApplicationModule(displayName = "Topics", allowedDependencies = { "admin", "opendata", "shared", "web" })
@NullMarked
package org.peaceterms.topic;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
