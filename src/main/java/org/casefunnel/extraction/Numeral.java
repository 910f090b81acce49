package org.casefunnel.extraction;

import java.math.BigDecimal;

/**
 * A number read from tokens [from, to): its value and the scale word that multiplied it, so that "2
 * to 3 million" can share the scale between both ends.
 */
record Numeral(BigDecimal value, long scale, int from, int to) {

  boolean scaled() {
    return scale != 1;
  }

  boolean isIntegral() {
    return value.stripTrailingZeros().scale() <= 0;
  }
}
