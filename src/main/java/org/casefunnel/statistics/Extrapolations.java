package org.casefunnel.statistics;

/**
 * Extrapolation from a reviewed part to the population it was taken from, e.g. from 1,200 in scope
 * among 2,200 reviewed to the 9,000 identified: the {@link LogicalBounds logical bounds}, which
 * need no assumption, and the {@link ExactHypergeometricInterval exact interval}, which assumes the
 * reviewed cases were a simple random sample.
 */
public final class Extrapolations {

  private Extrapolations() {}

  /** Extrapolation to an exactly known population size {@code N}. */
  public static Extrapolation of(long population, long sample, long inScope, double confidence) {
    if (population < 0) {
      throw new IllegalArgumentException("population must not be negative: " + population);
    }
    return of(Estimate.exact(population), sample, inScope, confidence);
  }

  /**
   * Extrapolation to an approximate population size {@code N ∈ [N.low, N.high]}.
   *
   * <p>The point estimate uses {@code N.value}; the interval is the union of the exact intervals at
   * the whole numbers {@code ceil(N.low)}, {@code round(N.value)} and {@code floor(N.high)}. Both
   * exact bounds are non-decreasing in {@code N} (more cases not reviewed can only allow more in
   * scope; checked by a property test), so the ends of the range bound every {@code N} inside it.
   */
  public static Extrapolation of(
      Estimate population, long sample, long inScope, double confidence) {
    Interval logical = LogicalBounds.of(population, sample, inScope);
    long lowN = (long) Math.ceil(population.low());
    long highN = (long) Math.floor(population.high());
    long pointN = Math.max(lowN, Math.min(highN, Math.round(population.value())));
    if (lowN < sample) {
      throw new IllegalArgumentException(
          "population " + population.range() + " smaller than the sample " + sample);
    }
    Interval atLow = ExactHypergeometricInterval.of(lowN, sample, inScope, confidence);
    Interval atPoint = ExactHypergeometricInterval.of(pointN, sample, inScope, confidence);
    Interval atHigh = ExactHypergeometricInterval.of(highN, sample, inScope, confidence);
    double low = Math.min(atPoint.low(), Math.min(atLow.low(), atHigh.low()));
    double high = Math.max(atPoint.high(), Math.max(atLow.high(), atHigh.high()));
    // N·x/n rather than N·(x/n): exact when n == N, so the estimate collapses to exactly x. The
    // clamp moves a fractional estimate by less than one case onto whole-number bounds, e.g.
    // 85 · 1/84 = 1.012 onto the interval [1, 1].
    double estimate = Interval.clamp(population.value() * inScope / sample, low, high);
    return new Extrapolation(
        logical, estimate, Interval.of(low, high), population, sample, inScope, confidence);
  }
}
