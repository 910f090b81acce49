package org.casefunnel.statistics;

/**
 * Tail probabilities of the hypergeometric distribution: {@code X} is how many of {@code K} marked
 * items turn up when {@code n} are drawn without replacement from {@code N}.
 *
 * <p>Why not log-gamma: at {@code N = 10^12} the log-factorials are about {@code 2.6·10^13}, so a
 * double keeps them only to about {@code 0.003} and the probabilities to a few tenths of a percent.
 * Instead the probabilities are built from the ratio of neighbouring terms, {@code p(k+1)/p(k) =
 * (K-k)(n-k) / ((k+1)(N-K-n+k+1))}, each exact to a rounding error, starting from weight 1 at the
 * mode, and divided by their sum at the end. The pmf is log-concave, so these ratios fall steadily
 * away from the mode and the walk stops once what is left cannot change the sum by more than {@code
 * 10^-17} of it: the cost grows with the spread of {@code X}, never with {@code N}.
 */
final class Hypergeometric {

  private static final double NEGLIGIBLE = 1e-17;

  private final long population;
  private final long marked;
  private final long draws;

  Hypergeometric(long population, long marked, long draws) {
    if (population < 0 || marked < 0 || marked > population || draws < 0 || draws > population) {
      throw new IllegalArgumentException(
          "need 0 <= K <= N and 0 <= n <= N: N=" + population + ", K=" + marked + ", n=" + draws);
    }
    this.population = population;
    this.marked = marked;
    this.draws = draws;
  }

  long minValue() {
    return Math.max(0, draws - (population - marked));
  }

  long maxValue() {
    return Math.min(draws, marked);
  }

  /** {@code P(X >= x)}. */
  double upperTail(long x) {
    return tails(x)[1];
  }

  /** {@code P(X <= x)}. */
  double lowerTail(long x) {
    return tails(x + 1)[0];
  }

  /**
   * {@code {P(X < split), P(X >= split)}}, each as the sum of its own terms (not one minus the
   * other), so a tail far below 1 keeps its relative precision.
   */
  private double[] tails(long split) {
    long lo = minValue();
    long hi = maxValue();
    if (split <= lo) {
      return new double[] {0, 1};
    }
    if (split > hi) {
      return new double[] {1, 0};
    }
    long mode = clamp(mode(), lo, hi);
    double below = 0;
    double above = 0;
    // the mode itself
    if (mode < split) {
      below += 1;
    } else {
      above += 1;
    }
    double total = 1;
    // upwards from the mode
    double weight = 1;
    for (long k = mode; k < hi; k++) {
      double ratio = up(k);
      weight *= ratio;
      if (k + 1 < split) {
        below += weight;
      } else {
        above += weight;
      }
      total += weight;
      if (negligible(weight, ratio, total)) {
        break;
      }
    }
    weight = 1;
    for (long k = mode; k > lo; k--) {
      double ratio = 1 / up(k - 1);
      weight *= ratio;
      if (k - 1 < split) {
        below += weight;
      } else {
        above += weight;
      }
      total += weight;
      if (negligible(weight, ratio, total)) {
        break;
      }
    }
    return new double[] {below / total, above / total};
  }

  /** {@code p(k+1) / p(k)}. */
  private double up(long k) {
    double numerator = (double) (marked - k) * (double) (draws - k);
    double denominator = (double) (k + 1) * (double) (population - marked - draws + k + 1);
    return numerator / denominator;
  }

  /**
   * With ratios falling (log-concavity), the terms left after this one sum to at most {@code
   * weight·r/(1-r)}.
   */
  private static boolean negligible(double weight, double ratio, double total) {
    if (weight == 0) {
      return true;
    }
    return ratio < 1 && weight * ratio / (1 - ratio) < NEGLIGIBLE * total;
  }

  private long mode() {
    // floor((n+1)(K+1)/(N+2)), in floating point: a neighbour of the true mode is as good a start
    return (long) Math.floor((draws + 1.0) * (marked + 1.0) / (population + 2.0));
  }

  private static long clamp(long value, long min, long max) {
    return Math.max(min, Math.min(max, value));
  }
}
