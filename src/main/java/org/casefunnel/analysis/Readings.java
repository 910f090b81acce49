package org.casefunnel.analysis;

import java.util.LinkedHashMap;
import java.util.Map;
import org.casefunnel.analysis.FunnelSnapshot.FigureSnapshot;
import org.casefunnel.analysis.FunnelSnapshot.StageSnapshot;
import org.casefunnel.statistics.ApproximateCount;
import org.casefunnel.statistics.Estimate;
import org.casefunnel.statistics.Interval;
import org.casefunnel.statistics.Methods;

/**
 * How a figure is read as a number with a width: an exact count as itself, an approximate count by
 * the {@link ApproximateCount documented reading}, a range as given (midpoint as point value).
 */
final class Readings {

  private Readings() {}

  /** A count, or a range whose ends are equal ("10 to 10"), which is that count; else null. */
  static Long single(Long count, Long low, Long high) {
    return count != null ? count : low != null && low.equals(high) ? low : null;
  }

  static Estimate estimate(Long count, Long low, Long high, boolean approximate) {
    // a range whose ends are equal is that count, read as any count is
    Long single = single(count, low, high);
    if (single != null) {
      return approximate ? ApproximateCount.read(single) : Estimate.exact(single);
    }
    return Estimate.ofRange(low, high);
  }

  static Estimate estimate(FigureSnapshot f) {
    return estimate(f.count(), f.low(), f.high(), f.approximate());
  }

  /** The value on the wire: the reading's range with its point and how the point was had. */
  static ValueView value(Long count, Long low, Long high, boolean approximate) {
    Map<String, Number> inputs = new LinkedHashMap<>();
    Long single = single(count, low, high);
    if (single != null) {
      if (count != null) {
        inputs.put("count", count);
      } else {
        inputs.put("low", low);
        inputs.put("high", high);
      }
      Estimate e = estimate(count, low, high, approximate);
      return new ValueView(
          (long) e.low(),
          (long) e.high(),
          single,
          false,
          approximate,
          approximate ? Methods.APPROXIMATE_READING : Methods.AS_REPORTED,
          inputs);
    }
    inputs.put("low", low);
    inputs.put("high", high);
    return new ValueView(
        low, high, Interval.of(low, high).midpoint(), true, true, Methods.MIDPOINT, inputs);
  }

  static ValueView value(FigureSnapshot f) {
    return value(f.count(), f.low(), f.high(), f.approximate());
  }

  /** The figure's range in words: "1,200", "about 1,200 (1,150 to 1,250)", "2,000 to 3,000". */
  static String words(FigureSnapshot f) {
    Estimate e = estimate(f);
    if (f.single() != null && f.approximate()) {
      return "about "
          + Numbers.count(f.single())
          + " (read as "
          + Numbers.range((long) e.low(), (long) e.high())
          + ")";
    }
    return Numbers.range((long) e.low(), (long) e.high());
  }

  /** What the stage counts, with the period of a rate. */
  static String scale(StageSnapshot s) {
    return s.unit() + Numbers.per(s.figure().period());
  }

  /** What the stage counts, in words: "sexual offences per month". */
  static String scaleInWords(StageSnapshot s) {
    return Numbers.counting(s.unit(), s.figure().period());
  }

  static boolean sameScale(StageSnapshot a, StageSnapshot b) {
    return scale(a).equalsIgnoreCase(scale(b));
  }
}
