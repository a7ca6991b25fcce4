/**
 * The editor UI kit: the generic admin controller, listing and paging, revision history,
 * form constraints and user administration.
 */
@ApplicationModule(displayName = "Admin UI kit", allowedDependencies = { "security", "shared" })
@NullMarked
package org.peaceterms.admin;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
