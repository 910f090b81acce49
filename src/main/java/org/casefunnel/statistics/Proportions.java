package org.casefunnel.statistics;

/**
 * Ratios between funnel stages. They describe what was counted: a stage against a base that was
 * counted in full is not a draw from anything, so it gets no sampling interval. Only the width of
 * an approximate count or a range is carried, by interval arithmetic. A share of a whole is of a
 * subset, so where the ranges overlap its largest value is 100% (the part is all of the whole): a
 * consequence, not a cap. A stage above its base gets its true ratio, and the caller warns.
 */
public final class Proportions {

  /** The confidence level of every sampling interval the service states. */
  public static final double CONFIDENCE = 0.95;

  private Proportions() {}

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
   * Ratio {@code part / base} of what was counted, the part being a subset of the base: a plain
   * {@link #ratio} when both are exact whole counts (a stage larger than its base keeps its true
   * ratio, above 1), otherwise the bounds of {@link #subsetBounds} with the point value {@code
   * part.value / base.value} where the subset allows it. Where the point values put the part above
   * the base but the ranges overlap, that point is impossible for a subset and is not stated.
   */
  public static Derivation share(Estimate part, Estimate whole) {
    if (isCount(part) && isCount(whole) && whole.value() > 0) {
      return ratio((long) part.value(), (long) whole.value());
    }
    return subsetRatio(part, whole);
  }

  /**
   * {@link #share} by interval arithmetic even for exact counts (a roll-up's sums are stated with
   * their bounds): the bounds of {@link #subsetBounds}, the point where the subset allows it.
   */
  public static Derivation subsetRatio(Estimate part, Estimate whole) {
    if (part.low() < 0 || whole.low() < 0) {
      throw new IllegalArgumentException("counts must not be negative: " + part + ", " + whole);
    }
    if (whole.high() == 0) {
      throw new IllegalArgumentException("base is zero: no ratio exists");
    }
    Interval bounds = subsetBounds(part.range(), whole.range());
    Double value = pointWithin(part.value(), whole.value(), bounds);
    return new Derivation(
        value,
        bounds == null ? null : bounds.low(),
        bounds == null ? null : bounds.high(),
        Methods.INTERVAL_ARITHMETIC,
        Inputs.builder().put("part", part).put("base", whole).build(),
        restsOnMidpoint(bounds, part.midpoint() || whole.midpoint()));
  }

  /**
   * Bounds of {@code part / whole} for a part that is a subset of the whole: {@code part.low /
   * whole.high} to {@code part.high / whole.low}, except that where the ranges overlap the largest
   * share is 1, since a pair with the part larger than the whole is impossible. Where the part lies
   * entirely above, the data contradict the subset and the plain ratio range (above 1) is kept for
   * the caller to warn about; null then if the whole may be zero (no upper bound).
   */
  private static Interval subsetBounds(Interval part, Interval whole) {
    if (part.high() == 0) {
      // none of anything is none, even of a whole that may be zero
      return Interval.point(0);
    }
    return switch (IntervalComparison.of(part, whole)) {
      case OVERLAPS -> Interval.of(part.low() / whole.high(), 1.0);
      case BELOW -> Interval.of(part.low() / whole.high(), part.high() / whole.low());
      case ABOVE ->
          whole.low() == 0
              ? null
              : Interval.of(part.low() / whole.high(), part.high() / whole.low());
    };
  }

  /**
   * The point ratio, or null when the whole has no point value, there are no bounds, or the bounds
   * exclude it; the one value bounds that are a point allow (1 of "about 0", read as 0 to 1, can
   * only be all of it).
   */
  private static Double pointWithin(double part, Double whole, Interval bounds) {
    if (bounds != null && bounds.isPoint()) {
      return bounds.low();
    }
    if (whole == null || whole == 0 || bounds == null) {
      // no bounds: the part lies above a whole that may be zero, so any point (2,500 of a
      // midpoint 2.5 is 100,000%) would rest on a base the figures do not fix
      return null;
    }
    double value = part / whole;
    return bounds != null && !bounds.contains(value) ? null : value;
  }

  /**
   * Share of a whole taken by a part that is declared a subset of it (e.g. expected
   * reinvestigations among the cases in scope, whose count is only known to lie in {@code whole}).
   * Pairs with the part larger than the whole are impossible, so where the ranges overlap the
   * largest share is 1 (the part is the whole): a consequence of the subset, not a cap. Where the
   * part lies entirely above, the data contradict the subset and the plain ratio range (above 1) is
   * returned for the caller to warn about. The lower bound is {@code part.low / whole.high}.
   *
   * @param wholePoint the whole's point value, or null when it has none (logical bounds)
   * @return no point value when the whole has none or the point ratio is impossible; no bounds when
   *     the part lies above a whole that may be zero
   */
  public static Derivation subsetShare(Estimate part, Interval whole, Double wholePoint) {
    if (part.low() < 0 || whole.low() < 0) {
      throw new IllegalArgumentException("counts must not be negative: " + part + ", " + whole);
    }
    if (whole.high() == 0) {
      throw new IllegalArgumentException("whole is zero: no share exists");
    }
    Interval bounds = subsetBounds(part.range(), whole);
    Double value = pointWithin(part.value(), wholePoint, bounds);
    Double low = bounds == null ? null : bounds.low();
    Double high = bounds == null ? null : bounds.high();
    Inputs inputs = Inputs.builder().put("part", part);
    if (wholePoint != null) {
      inputs.put("whole", Inputs.number(wholePoint));
    }
    inputs
        .put("whole.low", Inputs.number(whole.low()))
        .put("whole.high", Inputs.number(whole.high()));
    return new Derivation(
        value,
        low,
        high,
        Methods.INTERVAL_ARITHMETIC,
        inputs.build(),
        restsOnMidpoint(bounds, part.midpoint()));
  }

  /** A midpoint input moves the point unless the bounds allow one value only (none of a range). */
  private static boolean restsOnMidpoint(Interval bounds, boolean midpointInput) {
    return midpointInput && (bounds == null || !bounds.isPoint());
  }

  /** An exact, whole, non-negative number: what a plain ratio needs. */
  private static boolean isCount(Estimate e) {
    return e.isExact() && e.value() >= 0 && e.value() == Math.rint(e.value());
  }
}
