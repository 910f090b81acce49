package org.casefunnel.statistics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Roll-ups and drop-offs over exact or approximate counts, with bounds by interval arithmetic. The
 * ranges are treated as independent unknowns, so bounds are worst-case, not statistical intervals.
 */
public final class IntervalArithmetic {

  private IntervalArithmetic() {}

  /**
   * Sum of named terms, e.g. a roll-up of sites: value is the sum of point values, bounds the sum
   * of bounds. Inputs keep the map's iteration order, so pass a {@link LinkedHashMap} to control
   * it.
   */
  public static Derivation sum(Map<String, Estimate> terms) {
    Inputs inputs = Inputs.builder();
    List<Interval> ranges = new ArrayList<>();
    double value = 0;
    boolean midpoint = false;
    for (Map.Entry<String, Estimate> term : terms.entrySet()) {
      inputs.put(term.getKey(), term.getValue());
      ranges.add(term.getValue().range());
      value += term.getValue().value();
      midpoint |= term.getValue().midpoint();
    }
    return Derivation.bounded(value, Interval.sumOf(ranges), Methods.SUM, inputs.build())
        .midpointIf(midpoint);
  }

  /**
   * Signed difference {@code minuend - subtrahend}: bounds {@code [minuend.low - subtrahend.high,
   * minuend.high - subtrahend.low]}. May be negative; use {@link #dropOff} for stage losses.
   */
  public static Derivation difference(Estimate minuend, Estimate subtrahend) {
    return Derivation.bounded(
            minuend.value() - subtrahend.value(),
            minuend.range().minus(subtrahend.range()),
            Methods.DIFFERENCE,
            Inputs.builder().put("minuend", minuend).put("subtrahend", subtrahend).build())
        .midpointIf(minuend.midpoint() || subtrahend.midpoint());
  }

  /**
   * Drop-off between an earlier stage ({@code base}) and a later one ({@code stage}): {@code base -
   * stage} by interval arithmetic, floored at 0 because a later stage is a subset of an earlier
   * one, so a negative loss only reflects overlapping ranges.
   */
  public static Derivation dropOff(Estimate base, Estimate stage) {
    Interval bounds = base.range().minus(stage.range()).floorAt(0);
    // a stage whose point is above its base's has no point drop-off (a subset is never larger, and
    // 0 would state a point the figures do not give): the range alone, as for its conversion
    Double value = stage.value() > base.value() ? null : base.value() - stage.value();
    return new Derivation(
        value,
        bounds.low(),
        bounds.high(),
        Methods.DIFFERENCE,
        Inputs.builder().put("base", base).put("stage", stage).build(),
        base.midpoint() || stage.midpoint());
  }
}
