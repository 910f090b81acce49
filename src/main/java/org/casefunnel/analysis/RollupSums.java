package org.casefunnel.analysis;

import java.util.List;
import org.casefunnel.analysis.FunnelSnapshot.FigureSnapshot;
import org.casefunnel.analysis.FunnelSnapshot.StageSnapshot;
import org.casefunnel.model.FigureStatus;
import org.casefunnel.statistics.Derivation;

/**
 * A roll-up's conversion as a funnel of two stages, the base's sum and the stage's sum over the
 * same funnels, so the warning rules that judge sums run on it exactly as on one funnel: a summed
 * stage above its summed base, or a sum over a small base, is warned about, never only shown.
 */
final class RollupSums {

  private RollupSums() {}

  static FunnelSnapshot pair(
      String key, String baseKey, String unit, String period, Derivation part, Derivation whole) {
    return new FunnelSnapshot(
        null,
        null,
        unit,
        null,
        List.of(
            stage(baseKey, null, unit, figure(whole, period)),
            stage(key, baseKey, unit, figure(part, period))),
        null,
        null,
        null);
  }

  private static StageSnapshot stage(String key, String baseKey, String unit, FigureSnapshot f) {
    return new StageSnapshot(key, key, baseKey, null, unit, null, null, f, false);
  }

  /**
   * A sum as a figure: an exact count when its ends meet, else the range of the sum (whole numbers,
   * widened outwards, so the figure allows every value the sum does). Not "about": the terms were
   * read already, and the sum is their reading.
   */
  private static FigureSnapshot figure(Derivation sum, String period) {
    long low = (long) Math.floor(sum.low());
    long high = (long) Math.ceil(sum.high());
    Long count = low == high ? low : null;
    return new FigureSnapshot(
        null,
        count,
        count == null ? low : null,
        count == null ? high : null,
        false,
        FigureStatus.REPORTED,
        null,
        period,
        null,
        null,
        null,
        null,
        null,
        null,
        null);
  }
}
