package org.casefunnel.export;

import java.util.Locale;
import org.casefunnel.figure.FigureView;
import org.casefunnel.statistics.Derivation;
import org.casefunnel.statistics.Proportions;

/**
 * The conversions the chart labels, taken from the plain-Java statistics core ({@link
 * Proportions#wilson}) while the statistics service is not available to this module: only between
 * two exact counts with the stage no larger than its base; anything else gets no conversion rather
 * than a guessed one.
 */
public final class CoreConversions {

  private CoreConversions() {}

  /** A conversion in words (whole, percentage, interval) and its whisker on the base's count. */
  public record Conversion(
      String text, String percent, String interval, Double whiskerLow, Double whiskerHigh) {}

  public static Conversion of(FigureView stage, FigureView base, String baseLabel) {
    if (stage == null
        || base == null
        || stage.count() == null
        || base.count() == null
        || base.count() <= 0
        || stage.count() > base.count()) {
      return null;
    }
    Derivation d = Proportions.wilson(stage.count(), base.count(), Proportions.Z_95);
    String text =
        String.format(
            Locale.ROOT,
            "%s of %s (95%% Wilson interval %s to %s)",
            percent(d.value()),
            baseLabel.toLowerCase(Locale.ROOT),
            percent(d.low()),
            percent(d.high()));
    return new Conversion(
        text,
        percent(d.value()) + " of " + baseLabel.toLowerCase(Locale.ROOT),
        "Wilson " + percent(d.low()) + " to " + percent(d.high()),
        d.low() * base.count(),
        d.high() * base.count());
  }

  private static String percent(double p) {
    return String.format(Locale.ROOT, "%.1f%%", p * 100);
  }
}
