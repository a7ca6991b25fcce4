/**
 * The small kernel every feature uses: the audited base entity and Envers revision,
 * figures, the as-of date, slugs and the 400/404 exceptions.
 */
@ApplicationModule(displayName = "Shared kernel", allowedDependencies = {})
@NullMarked
package org.peaceterms.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
