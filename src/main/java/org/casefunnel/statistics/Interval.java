package org.casefunnel.statistics;

import java.util.Collection;

/**
 * A closed range {@code [low, high]} of real numbers. Degenerate intervals ({@code low == high})
 * represent exact values, so exact and approximate figures go through the same arithmetic.
 */
public record Interval(double low, double high) {

  public Interval {
    // NaN/infinity would silently poison every downstream bound; fail where it enters.
    if (!Double.isFinite(low) || !Double.isFinite(high)) {
      throw new IllegalArgumentException("bounds must be finite: [" + low + ", " + high + "]");
    }
    if (low > high) {
      throw new IllegalArgumentException("low > high: [" + low + ", " + high + "]");
    }
  }

  public static Interval of(double low, double high) {
    return new Interval(low, high);
  }

  /** The degenerate interval {@code [value, value]}. */
  public static Interval point(double value) {
    return new Interval(value, value);
  }

  /** Sum of many intervals; the empty sum is {@code [0, 0]}. */
  public static Interval sumOf(Collection<Interval> intervals) {
    Interval total = point(0);
    for (Interval interval : intervals) {
      total = total.sum(interval);
    }
    return total;
  }

  public boolean contains(double value) {
    return low <= value && value <= high;
  }

  public boolean contains(Interval other) {
    return low <= other.low && other.high <= high;
  }

  /** Interval addition: {@code [a, b] + [c, d] = [a + c, b + d]}. */
  public Interval sum(Interval other) {
    return new Interval(low + other.low, high + other.high);
  }

  /**
   * Interval subtraction: {@code [a, b] - [c, d] = [a - d, b - c]}. The widest combination, because
   * the two ranges are treated as independent unknowns.
   */
  public Interval minus(Interval other) {
    return new Interval(low - other.high, high - other.low);
  }

  public double midpoint() {
    // low/2 + high/2 cannot overflow, unlike (low + high) / 2.
    return low / 2 + high / 2;
  }

  public double width() {
    return high - low;
  }

  public boolean isPoint() {
    return low == high;
  }

  /**
   * Both ends of a count's interval to {@code digits} significant digits each, rounded outward so
   * that the result holds this interval, and kept within {@code within}: [4,482, 5,356] to two
   * digits is [4,400, 5,400], [23, 4,010] is [23, 4,100]. Ends below {@code 10^digits} stay whole
   * numbers.
   */
  public Interval roundedOutward(int digits, Interval within) {
    return new Interval(
        Math.max(within.low, Math.floor(low / step(low, digits)) * step(low, digits)),
        Math.min(within.high, Math.ceil(high / step(high, digits)) * step(high, digits)));
  }

  private static double step(double value, int digits) {
    double magnitude = Math.floor(Math.log10(Math.max(Math.abs(value), 1)));
    return Math.pow(10, Math.max(0, magnitude - digits + 1));
  }

  /** Clamps both bounds to {@code [0, 1]}, the domain of a proportion. */
  public Interval clampToUnit() {
    return new Interval(clamp(low, 0, 1), clamp(high, 0, 1));
  }

  /** Raises both bounds to at least {@code floor} (e.g. 0 for counts). */
  public Interval floorAt(double floor) {
    return new Interval(Math.max(low, floor), Math.max(high, floor));
  }

  static double clamp(double value, double min, double max) {
    return Math.max(min, Math.min(max, value));
  }
}
