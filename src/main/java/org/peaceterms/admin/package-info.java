/**
 * The editor UI kit: the generic admin controller, listing and paging, revision history,
 * form constraints and user administration.
 */
@NullMarked
package org.peaceterms.admin;

import org.jspecify.annotations.NullMarked;
