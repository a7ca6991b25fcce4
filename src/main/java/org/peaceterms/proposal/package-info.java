/**
 * Proposals (plans and statements of terms), their numbered provisions, endorsements and
 * lineage.
 */
@NullMarked
package org.peaceterms.proposal;

import org.jspecify.annotations.NullMarked;
