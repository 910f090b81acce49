package org.casefunnel.statistics;

/**
 * What a partial review proves about the whole without any assumption: of {@code N} cases, {@code
 * n} reviewed and {@code x} of them in scope, at least the {@code x} found are in scope and at most
 * {@code x} plus every case not reviewed, {@code N - (n - x)}. These bounds hold however the
 * reviewed cases were chosen.
 */
public final class LogicalBounds {

  private LogicalBounds() {}

  /** {@code [x, N - (n - x)]} for an exactly known {@code N}. */
  public static Interval of(long population, long sample, long inScope) {
    check(population, sample, inScope);
    return Interval.of(inScope, population - (sample - inScope));
  }

  /** {@code [x, N.high - (n - x)]}: with {@code N} a range, its high end allows the most. */
  public static Interval of(Estimate population, long sample, long inScope) {
    check(population, sample, inScope);
    return Interval.of(inScope, population.high() - (sample - inScope));
  }

  static void check(long population, long sample, long inScope) {
    check(Estimate.exact(population), sample, inScope);
  }

  static void check(Estimate population, long sample, long inScope) {
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
  }
}
