/**
 * Peace Terms Tracker application root.
 */
@NullMarked
package org.peaceterms;

import org.jspecify.annotations.NullMarked;
