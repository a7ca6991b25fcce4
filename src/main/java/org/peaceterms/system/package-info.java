/**
 * Cross-cutting infrastructure: the audited base entity, the Envers revision entity, web
 * configuration and error pages.
 */
@NullMarked
package org.peaceterms.system;

import org.jspecify.annotations.NullMarked;
