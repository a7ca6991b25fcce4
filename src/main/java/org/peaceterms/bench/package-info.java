/**
 * Benchmark support: the data generator for a large data set and, in the {@code bench}
 * profile only, the count of SQL statements and rows each request costs.
 */
@NullMarked
package org.peaceterms.bench;

import org.jspecify.annotations.NullMarked;
