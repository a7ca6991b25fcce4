/**
 * The open-data plumbing: API paging, parameters and problems, CSV and JSON downloads,
 * Atom feeds, CORS and ETags.
 */
@NullMarked
package org.peaceterms.opendata;

import org.jspecify.annotations.NullMarked;
