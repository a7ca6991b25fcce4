/**
 * The stance timeline read model: who held which stance on which topic when, for
 * `/stances` and the dashboard strip.
 */
@NullMarked
package org.peaceterms.stance;

import org.jspecify.annotations.NullMarked;
