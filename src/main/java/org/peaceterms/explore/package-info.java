/**
 * Pages that gather facts from every feature around one record: an actor, a topic, a
 * source, and the timeline of events with the proposals presented at them. Nothing
 * depends on this package.
 */
@NullMarked
package org.peaceterms.explore;

import org.jspecify.annotations.NullMarked;
