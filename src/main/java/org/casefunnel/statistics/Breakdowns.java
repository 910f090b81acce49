package org.casefunnel.statistics;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A whole split into parts along one dimension (e.g. in-scope cases by offence type): the sum of
 * the parts by interval arithmetic, whether it can equal the whole, and each part's share.
 */
public final class Breakdowns {

  private Breakdowns() {}

  /**
   * Result of {@link #check}.
   *
   * @param sum the parts' sum with bounds, method {@link Methods#SUM}
   * @param addsUp true when the parts' range and the whole's range share a value, i.e. the parts
   *     can add up to the whole; false when they cannot, whatever the ranges' true values are
   * @param shares each part's share of the whole, in the parts' order; empty when the whole is 0
   */
  public record Check(Derivation sum, boolean addsUp, Map<String, Derivation> shares) {}

  /** Checks parts (in order, keyed by category) against the whole. */
  public static Check check(Estimate whole, Map<String, Estimate> parts) {
    if (parts.isEmpty()) {
      throw new IllegalArgumentException("a breakdown needs at least one part");
    }
    Derivation sum = IntervalArithmetic.sum(parts);
    Interval sumRange = sum.bounds().orElseThrow();
    boolean addsUp = IntervalComparison.of(sumRange, whole.range()) == IntervalComparison.OVERLAPS;
    Map<String, Derivation> shares = new LinkedHashMap<>();
    if (whole.high() > 0) {
      parts.forEach((category, part) -> shares.put(category, Proportions.share(part, whole)));
    }
    return new Check(sum, addsUp, shares);
  }
}
