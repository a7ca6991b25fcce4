/**
 * Who may log in and do what: the security rules, users and roles, login throttling and
 * the first administrator.
 */
@ApplicationModule(displayName = "Security", allowedDependencies = { "shared" })
@NullMarked
package org.peaceterms.security;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
