/**
 * Commitments: what actors pledge (troops, money, capabilities), and the asks and
 * estimates they are measured against.
 */
@NullMarked
package org.peaceterms.commitment;

import org.jspecify.annotations.NullMarked;
