package org.casefunnel.statistics;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
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
 *
 * <p>A tail costs in proportion to the spread of {@code X}, about {@code sqrt(n)}: a whole interval
 * took 0.6 s at {@code n = 5·10^10}, and several seconds at {@code 10^12}. So the bisection starts
 * from a bracket around the normal approximation's bound, checked with the exact tails and widened
 * until it holds (the answer is the same, in a quarter to a third of the time), and results are
 * kept by their inputs: every date a reader asks of the same figures asks for the same interval.
 */
public final class ExactHypergeometricInterval {

  /** Spread of {@code X} from which the normal approximation is worth a bracket. */
  private static final double BRACKET_FROM_SPREAD = 1_000;

  private static final int MEMO_SIZE = 1_024;

  private record Inputs(long population, long sample, long inScope, double confidence) {}

  private static final ConcurrentHashMap<Inputs, FutureTask<Interval>> MEMO =
      new ConcurrentHashMap<>();

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
    Inputs inputs = new Inputs(population, sample, inScope, confidence);
    if (MEMO.size() >= MEMO_SIZE) {
      MEMO.clear(); // a bound on memory, not a cache policy: the next asks compute again
    }
    FutureTask<Interval> task = new FutureTask<>(() -> compute(inputs, true));
    FutureTask<Interval> known = MEMO.putIfAbsent(inputs, task);
    if (known == null) {
      known = task;
      task.run(); // concurrent asks for the same inputs wait for this one instead of repeating it
    }
    try {
      return known.get();
    } catch (ExecutionException e) {
      MEMO.remove(inputs, known);
      throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while computing an interval", e);
    }
  }

  /** The interval computed afresh, with or without the normal approximation's bracket. */
  static Interval compute(
      long population, long sample, long inScope, double confidence, boolean bracket) {
    return compute(new Inputs(population, sample, inScope, confidence), bracket);
  }

  private static Interval compute(Inputs in, boolean bracket) {
    long population = in.population();
    long sample = in.sample();
    long inScope = in.inScope();
    double tail = (1 - in.confidence()) / 2;
    long min = inScope;
    long max = population - (sample - inScope);
    NormalHint hint =
        bracket ? new NormalHint(population, sample, inScope, tail) : new NormalHint(-1, -1, 1);
    // lower: smallest K with P(X >= x | K) > tail; at K = max that probability is 1
    long low =
        inScope == 0
            ? 0
            : smallest(
                min,
                max,
                hint.low(),
                hint.step(),
                k -> new Hypergeometric(population, k, sample).upperTail(inScope) > tail);
    // upper: largest K with P(X <= x | K) > tail; at K = min that probability is 1
    long high =
        inScope == sample
            ? max
            : largest(
                min,
                max,
                hint.high(),
                hint.step(),
                k -> new Hypergeometric(population, k, sample).lowerTail(inScope) > tail);
    return Interval.of(low, high);
  }

  /**
   * Where the normal approximation puts the bounds ({@code N·(p ± z·se)}, with the finite
   * population correction) and how far from it to look first; no hint (-1) for a small spread,
   * where plain bisection is cheap.
   */
  private record NormalHint(long low, long high, long step) {

    NormalHint(long population, long sample, long inScope, double tail) {
      this(
          hint(population, sample, inScope, tail, -1),
          hint(population, sample, inScope, tail, 1),
          step(population, sample, inScope));
    }

    private static double spread(long population, long sample, long inScope) {
      double p = (double) inScope / sample;
      double correction = (population - (double) sample) / (population - 1.0);
      return Math.sqrt(sample * p * (1 - p) * Math.max(0, correction));
    }

    private static long hint(long population, long sample, long inScope, double tail, int sign) {
      double spread = spread(population, sample, inScope);
      if (spread < BRACKET_FROM_SPREAD) {
        return -1;
      }
      double x = inScope + sign * upperQuantile(tail) * spread;
      return Math.round(x / sample * population);
    }

    private static long step(long population, long sample, long inScope) {
      double spreadOfK = spread(population, sample, inScope) * population / sample;
      return Math.max(16, (long) (spreadOfK / 1_000));
    }

    /** z with P(Z > z) = q, 0 < q <= 0.5 (Abramowitz and Stegun 26.2.23, error < 4.5e-4). */
    private static double upperQuantile(double q) {
      double t = Math.sqrt(-2 * Math.log(q));
      return t
          - (2.515517 + 0.802853 * t + 0.010328 * t * t)
              / (1 + 1.432788 * t + 0.189269 * t * t + 0.001308 * t * t * t);
    }
  }

  /**
   * Smallest k in [lo, hi] satisfying a predicate that is monotone (false…true) and true at hi;
   * bisection from a bracket around {@code hint}, widened by doubling steps until it holds, or over
   * the whole range when the hint is outside it.
   */
  private static long smallest(long lo, long hi, long hint, long step, LongPredicate holds) {
    if (holds.test(lo)) {
      return lo;
    }
    if (hint > lo && hint < hi) {
      if (holds.test(hint)) {
        hi = hint;
        for (long d = step; hi - d > lo; d *= 2) {
          if (!holds.test(hi - d)) {
            lo = hi - d;
            break;
          }
          hi -= d;
        }
      } else {
        lo = hint;
        for (long d = step; lo + d < hi; d *= 2) {
          if (holds.test(lo + d)) {
            hi = lo + d;
            break;
          }
          lo += d;
        }
      }
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

  /**
   * Largest k in [lo, hi] satisfying a predicate that is monotone (true…false) and true at lo; the
   * bracket as in {@link #smallest}.
   */
  private static long largest(long lo, long hi, long hint, long step, LongPredicate holds) {
    if (holds.test(hi)) {
      return hi;
    }
    if (hint > lo && hint < hi) {
      if (holds.test(hint)) {
        lo = hint;
        for (long d = step; lo + d < hi; d *= 2) {
          if (!holds.test(lo + d)) {
            hi = lo + d;
            break;
          }
          lo += d;
        }
      } else {
        hi = hint;
        for (long d = step; hi - d > lo; d *= 2) {
          if (holds.test(hi - d)) {
            lo = hi - d;
            break;
          }
          hi -= d;
        }
      }
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
