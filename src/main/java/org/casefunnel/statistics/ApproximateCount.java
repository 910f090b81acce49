package org.casefunnel.statistics;

/**
 * The documented reading of a count given as approximate ("about 1,200", "around 2,000") when the
 * source gives no range of its own.
 *
 * <p>Rule: a round number is read to the precision it is given to, i.e. plus or minus half a unit
 * of its last non-zero digit, and never less than plus or minus 1. So "about 1,200" (given to the
 * hundred) is 1,150 to 1,250, "around 2,000" (given to the thousand) is 1,500 to 2,500, "about
 * 9,000" is 8,500 to 9,500, "about 150" is 145 to 155 and "about 7" is 6 to 8. The count itself
 * stays the point value. A figure that states its own low and high is used as stated instead.
 */
public final class ApproximateCount {

  private ApproximateCount() {}

  /**
   * The count as a range by the rule above; "about 0" is 0 to 1 (a count cannot go below 0, and
   * "about" does not make it exact).
   */
  public static Estimate read(long count) {
    if (count < 0) {
      throw new IllegalArgumentException("a count must not be negative: " + count);
    }
    long half = Math.max(1, precision(count) / 2);
    return Estimate.of(count, Math.max(0, count - half), count + half);
  }

  /** The place value of the last non-zero digit: 100 for 1,200, 1,000 for 2,000, 1 for 1,234. */
  static long precision(long count) {
    long place = 1;
    while (count != 0 && count % (place * 10) == 0) {
      place *= 10;
    }
    return place;
  }
}
