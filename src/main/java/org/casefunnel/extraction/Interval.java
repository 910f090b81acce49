package org.casefunnel.extraction;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A closed interval [low, high] of numbers; a null high means open-ended. Values are normalised (no
 * trailing zeros, no negative scale) so that equal numbers are equal records.
 */
public record Interval(BigDecimal low, BigDecimal high) {

  public Interval {
    low = normalise(Objects.requireNonNull(low, "low"));
    high = high == null ? null : normalise(high);
    if (high != null && low.compareTo(high) > 0) {
      throw new IllegalArgumentException("low " + low + " is above high " + high);
    }
  }

  public static Interval exactly(BigDecimal value) {
    return new Interval(value, value);
  }

  public static Interval exactly(long value) {
    return exactly(BigDecimal.valueOf(value));
  }

  public static Interval between(long low, long high) {
    return new Interval(BigDecimal.valueOf(low), BigDecimal.valueOf(high));
  }

  public static Interval atLeast(long low) {
    return new Interval(BigDecimal.valueOf(low), null);
  }

  public boolean isPoint() {
    return low.equals(high);
  }

  public boolean isOpenEnded() {
    return high == null;
  }

  public boolean contains(BigDecimal value) {
    return low.compareTo(value) <= 0 && (high == null || high.compareTo(value) >= 0);
  }

  /**
   * Widens both ends by a relative tolerance, for callers comparing a figure with an approximate
   * quantity ("around 2,000" widened by 0.1 is [1800, 2200]). The parser itself never does this:
   * the tolerance is the caller's policy, not something the text says.
   */
  public Interval widen(BigDecimal relative) {
    BigDecimal lowered = low.subtract(low.multiply(relative)).max(BigDecimal.ZERO);
    BigDecimal raised = high == null ? null : high.add(high.multiply(relative));
    return new Interval(lowered, raised);
  }

  private static BigDecimal normalise(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  @Override
  public String toString() {
    return "[" + low.toPlainString() + ", " + (high == null ? "" : high.toPlainString()) + "]";
  }
}
