package org.casefunnel.statistics;

import java.util.function.LongPredicate;

/**
 * The exact interval for how many of a population are in scope, from {@code x} in scope among
 * {@code n} drawn at random without replacement from {@code N}: the hypergeometric analogue of the
 * Clopper-Pearson interval.
 *
 * <p>The lower bound is the smallest {@code K} under which finding {@code x} or more is not too
 * surprising, {@code P(X >= x | K) > α/2}; the upper bound the largest {@code K} with {@code P(X <=
 * x | K) > α/2}. Each tail is monotone in {@code K}, so each bound is found by bisection over the
 * whole numbers between the logical limits {@code x} and {@code N - (n - x)}: about {@code log2(N)}
 * evaluations of a tail, and no loop over {@code N}. Being built from exact tails, the interval
 * covers the true {@code K} with probability at least {@code 1 - α} at every {@code n}, small or
 * large, which a normal or Wilson approximation does not promise.
 */
public final class ExactHypergeometricInterval {

  private ExactHypergeometricInterval() {}

  /**
   * @param population {@code N}
   * @param sample {@code n}, {@code 1 <= n <= N}
   * @param inScope {@code x}, {@code 0 <= x <= n}
   * @param confidence e.g. 0.95
   * @return whole-number bounds on {@code K}, within {@code [x, N - (n - x)]}
   */
  public static Interval of(long population, long sample, long inScope, double confidence) {
    LogicalBounds.check(population, sample, inScope);
    if (!(confidence > 0 && confidence < 1)) {
      throw new IllegalArgumentException("confidence must be within (0, 1): " + confidence);
    }
    double tail = (1 - confidence) / 2;
    long min = inScope;
    long max = population - (sample - inScope);
    // lower: smallest K with P(X >= x | K) > tail; at K = max that probability is 1
    long low =
        inScope == 0
            ? 0
            : smallest(
                min, max, k -> new Hypergeometric(population, k, sample).upperTail(inScope) > tail);
    // upper: largest K with P(X <= x | K) > tail; at K = min that probability is 1
    long high =
        inScope == sample
            ? max
            : largest(
                min, max, k -> new Hypergeometric(population, k, sample).lowerTail(inScope) > tail);
    return Interval.of(low, high);
  }

  /** Smallest k in [lo, hi] satisfying a predicate that is monotone (false…true) and true at hi. */
  private static long smallest(long lo, long hi, LongPredicate holds) {
    if (holds.test(lo)) {
      return lo;
    }
    // invariant: !holds(lo) && holds(hi)
    while (hi - lo > 1) {
      long mid = lo + (hi - lo) / 2;
      if (holds.test(mid)) {
        hi = mid;
      } else {
        lo = mid;
      }
    }
    return hi;
  }

  /** Largest k in [lo, hi] satisfying a predicate that is monotone (true…false) and true at lo. */
  private static long largest(long lo, long hi, LongPredicate holds) {
    if (holds.test(hi)) {
      return hi;
    }
    // invariant: holds(lo) && !holds(hi)
    while (hi - lo > 1) {
      long mid = lo + (hi - lo) / 2;
      if (holds.test(mid)) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
