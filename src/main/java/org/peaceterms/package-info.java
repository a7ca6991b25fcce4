/**
 * Peace Terms Tracker application root.
 */
@NullMarked
package org.peaceterms.peaceterms;

import org.jspecify.annotations.NullMarked;
