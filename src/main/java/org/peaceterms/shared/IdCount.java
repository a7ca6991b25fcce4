package org.peaceterms.shared;

/**
 * How many rows of some kind belong to the record with this id: the result row of a
 * {@code group by} count query, for lists that show "cited by 12 statements".
 */
public record IdCount(Long id, long count) {

}
