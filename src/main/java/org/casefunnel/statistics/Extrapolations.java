package org.casefunnel.statistics;

/**
 * Extrapolation from a reviewed sample to the population it was drawn from, e.g. from 1,200 in
 * scope among 2,200 reviewed to the 9,000 identified.
 *
 * <p>Model: the sample is a simple random sample without replacement of {@code n} from {@code N}.
 * The proportion's interval is the {@link Proportions#wilson Wilson score interval} computed with
 * the effective sample size {@code n' = n·(N-1)/(N-n)}, i.e. with the binomial variance multiplied
 * by the finite population correction {@code (N-n)/(N-1)}, so the interval shrinks to nothing as
 * the sample approaches the whole population ({@code n = N} gives exactly {@code x}). Unlike the
 * normal (Wald) interval it keeps a width at {@code x = 0} or {@code x = n}: finding none in scope
 * among 2,200 reviewed does not prove that none of the 9,000 is. The interval {@code N·[low, high]}
 * is then clipped to what is logically possible: at least the {@code x} already found, at most
 * {@code x} plus every case not reviewed, {@code N - (n - x)}.
 */
public final class Extrapolations {

  private Extrapolations() {}

  /** Extrapolation to an exactly known population size {@code N}. */
  public static FpcExtrapolation fpc(long population, long sample, long inScope, double z) {
    if (population < 0) {
      throw new IllegalArgumentException("population must not be negative: " + population);
    }
    return fpc(Estimate.exact(population), sample, inScope, z);
  }

  /**
   * Extrapolation to an approximate population size {@code N ∈ [N.low, N.high]}.
   *
   * <p>Approach: the point estimate uses {@code N.value}; the bounds are the widest of the single-N
   * intervals at {@code N.low}, {@code N.value} and {@code N.high}, i.e. interval arithmetic over
   * N's bounds. Both clipped bounds are non-decreasing in N (the upper bound plainly; the lower
   * bound once clipped at {@code x}, checked numerically and by a property test), so the endpoints
   * bound every N inside the range; the point value is included only as a guard against rounding.
   */
  public static FpcExtrapolation fpc(Estimate population, long sample, long inScope, double z) {
    if (sample <= 0) {
      throw new IllegalArgumentException("sample must be positive: " + sample);
    }
    if (inScope < 0 || inScope > sample) {
      throw new IllegalArgumentException(
          "inScope must be within [0, sample]: inScope=" + inScope + ", sample=" + sample);
    }
    if (population.low() < sample) {
      throw new IllegalArgumentException(
          "population " + population.range() + " smaller than the sample " + sample);
    }
    Proportions.requireZ(z);
    Interval atPoint = bounds(population.value(), sample, inScope, z);
    Interval atLow = bounds(population.low(), sample, inScope, z);
    Interval atHigh = bounds(population.high(), sample, inScope, z);
    double low = Math.min(atPoint.low(), Math.min(atLow.low(), atHigh.low()));
    double high = Math.max(atPoint.high(), Math.max(atLow.high(), atHigh.high()));
    // Clamp only absorbs rounding: N·x/n lies within the clipped bounds analytically.
    double estimate = Interval.clamp(pointEstimate(population.value(), sample, inScope), low, high);
    return new FpcExtrapolation(estimate, low, high, population, sample, inScope, z);
  }

  /**
   * Effective sample size of {@code n} drawn without replacement from {@code N}: {@code
   * n·(N-1)/(N-n)}; infinite when the whole population was reviewed.
   */
  static double effectiveSample(double population, long sample) {
    return population == sample
        ? Double.POSITIVE_INFINITY
        : sample * (population - 1) / (population - sample);
  }

  private static double pointEstimate(double population, long sample, long inScope) {
    // N·x/n rather than N·(x/n): exact when n == N, so the estimate collapses to exactly x.
    return population * inScope / sample;
  }

  private static Interval bounds(double population, long sample, long inScope, double z) {
    double logicalLow = inScope;
    double logicalHigh = population - (sample - inScope);
    double neff = effectiveSample(population, sample);
    if (Double.isInfinite(neff)) {
      return Interval.of(logicalLow, logicalHigh);
    }
    // at x = 0 (x = n) the Wilson low (high) bound is pinned to 0 (1), so the count lands exactly
    // on the logical limit and an equal figure is not read as "above" or "below"
    Interval share = Proportions.wilsonInterval((double) inScope / sample, neff, z);
    double low = Interval.clamp(population * share.low(), logicalLow, logicalHigh);
    double high = Interval.clamp(population * share.high(), logicalLow, logicalHigh);
    return Interval.of(low, high);
  }
}
