package org.peaceterms.shared;

/**
 * How sure a date is at its precision: exact, approximate ("around February"), or known
 * only to be no later than the date given (the source's own date, when it does not say
 * when).
 */
public enum DateQualifier {

	EXACT, APPROXIMATE, NO_LATER_THAN

}
