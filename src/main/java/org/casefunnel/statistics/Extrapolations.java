package org.casefunnel.statistics;

/**
 * Extrapolation from a reviewed sample to the population it was drawn from, e.g. from 1,200 in
 * scope among 2,200 reviewed to the 9,000 identified.
 *
 * <p>Model: the sample is a simple random sample without replacement, so the sample proportion
 * {@code p = x/n} has standard error {@code sqrt(p(1-p)/n) · sqrt((N-n)/(N-1))}; the second factor
 * (finite population correction) shrinks the error to zero as the sample approaches the whole
 * population. The interval {@code N·(p ± z·se)} is then clipped to what is logically possible: at
 * least the {@code x} already found, at most {@code x} plus every case not reviewed, {@code N - (n
 * - x)}.
 *
 * <p>Caveat for readers: this is a normal (Wald-type) approximation. Near {@code p = 0} or {@code p
 * = 1} its width tends to zero even for a small sample; the logical clipping keeps it valid but not
 * conservative.
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

  /** Standard error of the sample proportion under sampling without replacement. */
  static double standardError(double population, long sample, long inScope) {
    double p = (double) inScope / sample;
    // n == N: the whole population was reviewed, nothing is left to estimate (also avoids 0/0).
    double correction = population == sample ? 0 : (population - sample) / (population - 1);
    return Math.sqrt(p * (1 - p) / sample) * Math.sqrt(correction);
  }

  private static double pointEstimate(double population, long sample, long inScope) {
    // N·x/n rather than N·(x/n): exact when n == N, so the estimate collapses to exactly x.
    return population * inScope / sample;
  }

  private static Interval bounds(double population, long sample, long inScope, double z) {
    double p = (double) inScope / sample;
    double margin = z * standardError(population, sample, inScope);
    double logicalLow = inScope;
    double logicalHigh = population - (sample - inScope);
    double low = Interval.clamp(population * (p - margin), logicalLow, logicalHigh);
    double high = Interval.clamp(population * (p + margin), logicalLow, logicalHigh);
    return Interval.of(low, high);
  }
}
