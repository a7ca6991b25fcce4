package org.peaceterms.shared;

/** How precisely a source dates something: to the day, the month or the year. */
public enum DatePrecision {

	DAY, MONTH, YEAR

}
