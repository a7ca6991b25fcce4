/**
 * The home page: the tracked proposals and every country's latest troop-deployment
 * stance.
 */
@NullMarked
package org.peaceterms.dashboard;

import org.jspecify.annotations.NullMarked;
