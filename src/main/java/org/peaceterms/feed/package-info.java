/**
 * The Atom feeds of new statements and stance changes, for the whole site and per actor.
 */
@NullMarked
package org.peaceterms.feed;

import org.jspecify.annotations.NullMarked;
