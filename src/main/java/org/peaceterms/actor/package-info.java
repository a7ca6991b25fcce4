/**
 * Actors: countries, persons, organisations and coalitions, and the offices persons hold
 * over time.
 */
@NullMarked
package org.peaceterms.actor;

import org.jspecify.annotations.NullMarked;
