package org.casefunnel.extraction;

import java.math.BigDecimal;

/**
 * A number read from tokens [from, to): its value and the scale word that multiplied it, so that "2
 * to 3 million" can share the scale between both ends. {@code rounded}: digits with a decimal
 * before a scale ("1.5k", "2.3 million"), a count rounded to the digits shown and only by chance
 * exactly that many.
 */
record Numeral(BigDecimal value, long scale, int from, int to, boolean rounded) {

  Numeral(BigDecimal value, long scale, int from, int to) {
    this(value, scale, from, to, false);
  }

  boolean scaled() {
    return scale != 1;
  }

  boolean isIntegral() {
    return value.stripTrailingZeros().scale() <= 0;
  }
}
