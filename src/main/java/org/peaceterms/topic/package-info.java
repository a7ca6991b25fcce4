/**
 * Topics of the deal, their stance ladders and the structured conditions a stance can
 * carry.
 */
@NullMarked
package org.peaceterms.topic;

import org.jspecify.annotations.NullMarked;
