package org.casefunnel.export;

import java.time.LocalDate;
import java.util.List;

/**
 * What a funnel chart shows, independent of how it is drawn: the bars in stage order and the stages
 * left out (other units, rates), each with its reason.
 */
public record ChartModel(
    String funnelId,
    String title,
    String unit,
    LocalDate asOf,
    List<Bar> bars,
    List<String> omitted,
    List<String> warnings) {

  /**
   * One stage. {@code low == high} for a count. The conversion is the statistics service's text.
   * For a stage found in a partial review, the extrapolation to the whole population: the logical
   * bounds (what the counts prove) and the 95% interval (only if the review was random), both as
   * counts on the chart's one scale, and the service's statement in words; all null otherwise.
   */
  public record Bar(
      String key,
      String label,
      Long low,
      Long high,
      boolean approximate,
      String status,
      String conversion,
      Double logicalLow,
      Double logicalHigh,
      Double intervalLow,
      Double intervalHigh,
      String extrapolation) {

    public boolean hasFigure() {
      return low != null;
    }

    public boolean hasExtrapolation() {
      return logicalLow != null;
    }

    public boolean isRange() {
      return low != null && !low.equals(high);
    }
  }
}
