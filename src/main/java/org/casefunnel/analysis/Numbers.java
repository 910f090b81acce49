package org.casefunnel.analysis;

import java.util.Locale;
import org.casefunnel.statistics.Percentages;
import org.casefunnel.text.Plurals;

/** Numbers in words for messages: counts with thousands separators, proportions as percents. */
public final class Numbers {

  private Numbers() {}

  public static String count(double value) {
    return String.format(Locale.UK, "%,d", Math.round(value));
  }

  public static String range(long low, long high) {
    return low == high ? count(low) : count(low) + " to " + count(high);
  }

  /**
   * What a stage counts, in words: its unit in the plural (as the pages and charts write it,
   * "cases") and its period ("sexual offences per month").
   */
  public static String counting(String unit, String period) {
    return Plurals.plural(unit) + per(period);
  }

  /** What follows a rate's number or unit: " per week"; nothing for a stock (no period). */
  public static String per(String period) {
    return period == null ? "" : " per " + period;
  }

  static String percent(double fraction) {
    return Percentages.format(fraction);
  }

  /** A number of the interval from {@code low} to {@code high}, as its width allows. */
  static String percentWithin(double fraction, double low, double high) {
    return Percentages.format(fraction, Percentages.justifiedWithin(low, high));
  }

  /**
   * A point estimate no more precise than its interval allows: rounded to the largest power of ten
   * not above half the interval's width (4,909 within 4,7xx to 5,0xx reads "4,900"), and never past
   * its own first digit (40 within 2 to 220 reads "40", not "0").
   */
  static String about(double value, double low, double high) {
    double half = (high - low) / 2;
    if (half < 10 || value < 10) {
      return count(value);
    }
    // rounded to the interval's half-width, but never past the value's own first digit: 40 in
    // 2 to 220 is "about 40", not "about 0"
    double step =
        Math.min(
            Math.pow(10, Math.floor(Math.log10(half))),
            Math.pow(10, Math.floor(Math.log10(value))));
    return count(Math.round(value / step) * step);
  }
}
