/**
 * Statements (who said what, when, citing which source) and the positions they are
 * evidence for.
 */
@NullMarked
package org.peaceterms.statement;

import org.jspecify.annotations.NullMarked;
