/**
 * Backup and restore: a full export of everything an instance holds (retired records and
 * audit history included, users without their password hashes) and its import into an
 * empty instance.
 */
@ApplicationModule(displayName = "Backup", allowedDependencies = {})
@NullMarked
package org.peaceterms.backup;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
