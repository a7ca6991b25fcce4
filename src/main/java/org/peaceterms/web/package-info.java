/**
 * Spring MVC set-up shared by every page: the as-of argument, link building and the
 * layout's model.
 */
@ApplicationModule(displayName = "Web", allowedDependencies = { "shared" })
@NullMarked
package org.peaceterms.web;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
