package org.casefunnel.statistics;

/**
 * How one range lies against another, e.g. a projection of 2,000 to 3,000 cases against the 4,770
 * to 5,050 cases an extrapolation implies. Ranges that touch count as overlapping.
 */
public enum IntervalComparison {
  /** Every value of the first range is below every value of the second. */
  BELOW,
  /** The ranges share at least one value. */
  OVERLAPS,
  /** Every value of the first range is above every value of the second. */
  ABOVE;

  public static IntervalComparison of(Interval first, Interval second) {
    if (first.high() < second.low()) {
      return BELOW;
    }
    if (first.low() > second.high()) {
      return ABOVE;
    }
    return OVERLAPS;
  }
}
