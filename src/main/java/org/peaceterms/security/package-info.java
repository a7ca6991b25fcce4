/**
 * Who may log in and do what: the security rules, users and roles, login throttling and
 * the first administrator.
 */
@NullMarked
package org.peaceterms.security;

import org.jspecify.annotations.NullMarked;
