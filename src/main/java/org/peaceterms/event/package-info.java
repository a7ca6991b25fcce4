/**
 * Events: summits, talks, calls and strikes, with participants and sources.
 */
@NullMarked
package org.peaceterms.event;

import org.jspecify.annotations.NullMarked;
