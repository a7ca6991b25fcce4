/**
 * Editor-set relations between two proposals on one topic, used by the comparison.
 */
@NullMarked
package org.peaceterms.compare;

import org.jspecify.annotations.NullMarked;
