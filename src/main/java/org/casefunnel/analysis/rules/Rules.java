package org.casefunnel.analysis.rules;

import java.util.Locale;
import org.casefunnel.analysis.FunnelSnapshot;
import org.casefunnel.statistics.ApproximateCount;
import org.casefunnel.statistics.Estimate;

/** Shared wording for warning messages. */
final class Rules {

  private Rules() {}

  static String value(FunnelSnapshot.FigureSnapshot f) {
    String n = f.count() != null ? count(f.count()) : count(f.low()) + " to " + count(f.high());
    return (f.approximate() && f.count() != null ? "about " : "") + n;
  }

  /** The figure as read: "1,150 to 1,250" for "about 1,200", "2,000 to 3,000" for a range. */
  static String reading(FunnelSnapshot.FigureSnapshot f) {
    if (f.count() == null) {
      return count(f.low()) + " to " + count(f.high());
    }
    Estimate e = f.approximate() ? ApproximateCount.read(f.count()) : Estimate.exact(f.count());
    return e.low() == e.high()
        ? count((long) e.low())
        : count((long) e.low()) + " to " + count((long) e.high());
  }

  static double point(FunnelSnapshot.FigureSnapshot f) {
    return f.count() != null ? f.count() : f.low() / 2.0 + f.high() / 2.0;
  }

  static long lowerBound(FunnelSnapshot.FigureSnapshot f) {
    return f.lowerBound();
  }

  static long upperBound(FunnelSnapshot.FigureSnapshot f) {
    return f.upperBound();
  }

  static String count(long n) {
    return String.format(Locale.UK, "%,d", n);
  }
}
