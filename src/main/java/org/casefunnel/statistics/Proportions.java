package org.casefunnel.statistics;

/** Proportions between funnel stages: binomial confidence intervals and ratios of ranges. */
public final class Proportions {

  /** Two-sided 95% normal quantile, as used throughout the service. */
  public static final double Z_95 = 1.959964;

  private Proportions() {}

  /**
   * Wilson score interval for {@code x} successes in {@code n} trials.
   *
   * <p>Why Wilson rather than the textbook Wald interval: Wald collapses to a zero-width interval
   * at {@code x = 0} or {@code x = n} and can leave [0, 1]; Wilson stays inside [0, 1] and keeps
   * sensible coverage for small {@code n}, which matters for small review samples.
   *
   * <p>Formula: with {@code p = x/n}, {@code centre = (p + z²/2n) / (1 + z²/n)} and {@code half =
   * z·sqrt(p(1-p)/n + z²/4n²) / (1 + z²/n)}, the interval is {@code centre ± half}.
   *
   * @return value {@code x/n} with the Wilson bounds, method {@link Methods#WILSON}
   */
  public static Derivation wilson(long x, long n, double z) {
    if (n <= 0) {
      throw new IllegalArgumentException("n must be positive: " + n);
    }
    if (x < 0 || x > n) {
      throw new IllegalArgumentException("x must be within [0, n]: x=" + x + ", n=" + n);
    }
    requireZ(z);
    double p = (double) x / n;
    return Derivation.bounded(
        p,
        wilsonInterval(p, n, z),
        Methods.WILSON,
        Inputs.builder().put("x", x).put("n", n).put("z", z).build());
  }

  /**
   * The Wilson bounds for a proportion {@code p} seen in {@code n} trials; {@code n} may be an
   * effective sample size (not a whole number), as {@link Extrapolations} uses it.
   */
  static Interval wilsonInterval(double p, double n, double z) {
    double z2 = z * z;
    double denominator = 1 + z2 / n;
    double centre = (p + z2 / (2.0 * n)) / denominator;
    double half = z * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n)) / denominator;
    // At p = 0 / p = 1 the bound equals p analytically; pin it so rounding cannot cross p.
    double low = p == 0 ? 0 : Math.max(0, centre - half);
    double high = p == 1 ? 1 : Math.min(1, centre + half);
    return Interval.of(low, high);
  }

  /** Plain ratio {@code part / base} of two exact counts, without bounds. */
  public static Derivation ratio(long part, long base) {
    if (part < 0 || base <= 0) {
      throw new IllegalArgumentException(
          "need part >= 0 and base > 0: part=" + part + ", base=" + base);
    }
    return Derivation.point(
        (double) part / base,
        Methods.RATIO,
        Inputs.builder().put("part", part).put("base", base).build());
  }

  /**
   * Conversion between two ranges, point values taken at their midpoints. See {@link
   * #intervalRatio(Estimate, Estimate)}.
   */
  public static Derivation intervalRatio(Interval part, Interval base) {
    return intervalRatio(new Estimate(part.midpoint(), part), new Estimate(base.midpoint(), base));
  }

  /**
   * Conversion {@code part / base} when either count is a range: bounds by interval arithmetic
   * {@code [part.low / base.high, part.high / base.low]}, capped to [0, 1] because a later stage is
   * a subset of an earlier one. The point value is {@code part.value / base.value}, also capped.
   *
   * <p>If {@code base.low == 0} the upper bound is unbounded before capping, so it is 1. If {@code
   * base.value == 0} there is no point value ({@code null}). A base that is exactly zero is
   * rejected: no conversion exists.
   */
  public static Derivation intervalRatio(Estimate part, Estimate base) {
    if (part.low() < 0 || base.low() < 0) {
      throw new IllegalArgumentException("counts must not be negative: " + part + ", " + base);
    }
    if (base.high() == 0) {
      throw new IllegalArgumentException("base is zero: no conversion exists");
    }
    double low = Math.min(1, part.low() / base.high());
    double high = base.low() == 0 ? 1 : Math.min(1, part.high() / base.low());
    Double value = base.value() == 0 ? null : Math.min(1, part.value() / base.value());
    return new Derivation(
        value,
        low,
        high,
        Methods.INTERVAL_ARITHMETIC,
        Inputs.builder().put("part", part).put("base", base).build());
  }

  /**
   * Conversion {@code part / base} between two stages: the {@link #wilson Wilson interval} when
   * both are exact counts with {@code 0 <= part <= base} and {@code base > 0}, otherwise bounds by
   * {@link #intervalRatio(Estimate, Estimate) interval arithmetic}. Inconsistent data (an exact
   * part above its base) is not "fixed": it falls back to interval arithmetic, whose bounds are
   * capped at 1, and the caller is expected to warn.
   */
  public static Derivation conversion(Estimate part, Estimate base, double z) {
    if (isCount(part) && isCount(base) && base.value() > 0 && part.value() <= base.value()) {
      return wilson((long) part.value(), (long) base.value(), z);
    }
    return intervalRatio(part, base);
  }

  /**
   * Share of a whole taken by a part, e.g. one category of a breakdown: a plain {@link #ratio} when
   * both are exact, otherwise {@link #intervalRatio(Estimate, Estimate) interval arithmetic}. A
   * share is descriptive (the parts are the whole, not a sample of it), so no confidence interval.
   */
  public static Derivation share(Estimate part, Estimate whole) {
    if (isCount(part) && isCount(whole) && whole.value() > 0) {
      return ratio((long) part.value(), (long) whole.value());
    }
    return intervalRatio(part, whole);
  }

  /** An exact, whole, non-negative number: what binomial and plain-ratio methods need. */
  private static boolean isCount(Estimate e) {
    return e.isExact() && e.value() >= 0 && e.value() == Math.rint(e.value());
  }

  static void requireZ(double z) {
    if (!(z > 0) || !Double.isFinite(z)) {
      throw new IllegalArgumentException("z must be positive and finite: " + z);
    }
  }
}
