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
    List<String> omitted) {

  /**
   * One stage. {@code low == high} for a count. The conversion is the statistics service's text;
   * the whisker is its 95% Wilson interval drawn on the base stage's count, absent where the
   * conversion has no Wilson interval.
   */
  public record Bar(
      String key,
      String label,
      Long low,
      Long high,
      boolean approximate,
      String status,
      String conversion,
      Double whiskerLow,
      Double whiskerHigh) {

    public boolean hasFigure() {
      return low != null;
    }

    public boolean isRange() {
      return low != null && !low.equals(high);
    }
  }
}
