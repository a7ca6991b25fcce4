/**
 * Scheduled work in a cluster: each job runs on one instance at a time (ShedLock on the
 * database) and records its runs in {@code job_run}.
 */
@ApplicationModule(displayName = "Jobs", allowedDependencies = {})
@NullMarked
package org.peaceterms.jobs;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
