/**
 * Benchmark support: the data generator for a large data set and, in the {@code bench}
 * profile only, the count of SQL statements and rows each request costs. Knows no other
 * module: it works on the tables through JDBC.
 */
@ApplicationModule(displayName = "Benchmark support", allowedDependencies = {})
@NullMarked
package org.peaceterms.bench;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
