package org.casefunnel.statistics;

/**
 * Method names recorded on every {@link Derivation}. They are part of the API contract (they end up
 * in JSON), so they live here once and are never spelled inline elsewhere.
 */
public final class Methods {

  /** Bounds propagated through ranges by interval arithmetic (e.g. a ratio of two ranges). */
  public static final String INTERVAL_ARITHMETIC = "interval_arithmetic";

  /** Plain ratio of two exact counts; no uncertainty attached. */
  public static final String RATIO = "ratio";

  /**
   * Sample-to-population extrapolation: the exact hypergeometric interval (inverted CDF), valid if
   * the sample was drawn at random.
   */
  public static final String EXACT_HYPERGEOMETRIC = "exact_hypergeometric";

  /**
   * The same extrapolation to an approximate population: the union of the exact intervals over the
   * sizes the population allows, so no longer exact (it also counts the population's width).
   */
  public static final String HYPERGEOMETRIC_OVER_RANGE = "hypergeometric_over_range";

  /**
   * A review of every case (a census): what it found is the count itself, with no sampling error
   * and no confidence level.
   */
  public static final String COMPLETE_COUNT = "complete_count";

  /** What the counts prove with no assumption: {@code x} to {@code N - (n - x)}. */
  public static final String LOGICAL_BOUNDS = "logical_bounds";

  /** An approximate count read as a range by the precision it is given to. */
  public static final String APPROXIMATE_READING = "approximate_reading";

  /** Difference of two quantities (e.g. drop-off between stages). */
  public static final String DIFFERENCE = "difference";

  /** Sum of quantities (roll-up). */
  public static final String SUM = "sum";

  /** Point value of a bare range taken at its midpoint, {@code (low + high) / 2}. */
  public static final String MIDPOINT = "midpoint";

  /** A figure's own count, used as reported (no derivation beyond reading it). */
  public static final String AS_REPORTED = "as_reported";

  private Methods() {}
}
