package org.casefunnel.export;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.casefunnel.analysis.DerivedView;
import org.casefunnel.analysis.ExtrapolationView;
import org.casefunnel.analysis.FunnelStatisticsView;
import org.casefunnel.analysis.StageStatisticsView;
import org.casefunnel.analysis.StatisticsService;

/**
 * Builds the chart of a funnel from its statistics (values, conversions, extrapolations), as the
 * statistics endpoint computes them; nothing is recomputed here.
 */
@ApplicationScoped
public class ChartService {

  private final StatisticsService statistics;

  public ChartService(StatisticsService statistics) {
    this.statistics = statistics;
  }

  @Transactional
  public String svg(String funnelId, LocalDate asOf) {
    return FunnelChart.render(model(funnelId, asOf));
  }

  @Transactional
  public ChartModel model(String funnelId, LocalDate asOf) {
    return model(statistics.funnel(funnelId, asOf));
  }

  /** The chart of a funnel as a function of its statistics (cached per funnel revision). */
  public static ChartModel model(FunnelStatisticsView stats) {
    Map<String, String> labels = new HashMap<>();
    stats.stages().forEach(s -> labels.put(s.key(), s.label()));
    List<ChartModel.Bar> bars = new ArrayList<>();
    List<String> omitted = new ArrayList<>();
    for (StageStatisticsView s : stats.stages()) {
      if (!s.comparable()) {
        omitted.add(
            s.label()
                + (s.wording() == null ? "" : ": " + s.wording())
                + " ("
                + (s.period() != null ? "a rate per " + s.period() : "counts " + s.unit() + "s")
                + ")");
        continue;
      }
      DerivedView c = s.conversion();
      String conversion =
          c == null || c.text() == null || s.baseStage() == null
              ? null
              : "of "
                  + labels.get(s.baseStage()).toLowerCase(java.util.Locale.ROOT)
                  + ": "
                  + c.text();
      ExtrapolationView e = s.extrapolation();
      DerivedView logical = e == null ? null : e.logicalBounds();
      DerivedView interval = e == null ? null : e.estimate();
      bars.add(
          new ChartModel.Bar(
              s.key(),
              s.label(),
              s.value() == null ? null : s.value().low(),
              s.value() == null ? null : s.value().high(),
              s.value() != null && s.value().approximate() && s.value().low() == s.value().high(),
              s.status() == null ? null : s.status().wire(),
              conversion,
              logical == null ? null : logical.low(),
              logical == null ? null : logical.high(),
              interval == null ? null : interval.low(),
              interval == null ? null : interval.high(),
              e == null ? null : e.statement()));
    }
    return new ChartModel(
        stats.funnelId(), stats.title(), stats.unit(), stats.asOf(), bars, omitted);
  }
}
