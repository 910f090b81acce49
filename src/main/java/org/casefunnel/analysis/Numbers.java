package org.casefunnel.analysis;

import java.util.Locale;

/** Numbers in words for messages: counts with thousands separators, proportions as percents. */
final class Numbers {

  private Numbers() {}

  static String count(double value) {
    return String.format(Locale.UK, "%,d", Math.round(value));
  }

  static String range(long low, long high) {
    return low == high ? count(low) : count(low) + " to " + count(high);
  }

  static String percent(double fraction) {
    return String.format(Locale.ROOT, "%.2f%%", fraction * 100);
  }
}
