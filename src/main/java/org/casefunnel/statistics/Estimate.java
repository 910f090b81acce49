package org.casefunnel.statistics;

/**
 * A quantity with a point value and the range it is known to lie in: an exact count ({@code 9000}),
 * an approximate one ("about 9,000", i.e. 9000 within [8500, 9500]) or a bare range ("2,000 to
 * 3,000", point value at the midpoint, which no source gave: {@code midpoint}). This is the input
 * type of the funnel arithmetic.
 */
public record Estimate(double value, Interval range, boolean midpoint) {

  /** A point value someone gave (exact or approximate), not a range's midpoint. */
  public Estimate(double value, Interval range) {
    this(value, range, false);
  }

  public Estimate {
    if (range == null) {
      throw new IllegalArgumentException("range is required");
    }
    if (!range.contains(value)) {
      throw new IllegalArgumentException("value " + value + " outside its range " + range);
    }
  }

  public static Estimate exact(double value) {
    return new Estimate(value, Interval.point(value));
  }

  public static Estimate of(double value, double low, double high) {
    return new Estimate(value, Interval.of(low, high));
  }

  /** A bare range; the midpoint stands in as the point value. */
  public static Estimate ofRange(double low, double high) {
    Interval range = Interval.of(low, high);
    return new Estimate(range.midpoint(), range, !range.isPoint());
  }

  public double low() {
    return range.low();
  }

  public double high() {
    return range.high();
  }

  public boolean isExact() {
    return range.isPoint();
  }
}
