/**
 * Sources: the articles and documents every fact in the tracker cites.
 */
@NullMarked
package org.peaceterms.source;

import org.jspecify.annotations.NullMarked;
