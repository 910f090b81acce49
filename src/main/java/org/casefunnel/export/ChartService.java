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
import org.casefunnel.analysis.ValueView;
import org.casefunnel.text.Bidi;
import org.casefunnel.text.Plurals;

/**
 * Builds the chart of a funnel from its statistics (values, conversions, extrapolations, warnings),
 * as the statistics endpoint computes them; nothing is recomputed here.
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
    stats.stages().forEach(s -> labels.put(s.key(), Bidi.balanced(s.label())));
    List<ChartModel.Bar> bars = new ArrayList<>();
    List<String> omitted = new ArrayList<>();
    for (StageStatisticsView s : stats.stages()) {
      if (!s.comparable()) {
        omitted.add(
            Bidi.balanced(s.label())
                + (s.wording() == null ? "" : ": " + Bidi.balanced(s.wording()))
                + " ("
                + (s.period() != null
                    ? "a rate per " + s.period()
                    : "counts " + Plurals.plural(s.unit()))
                + ")");
        continue;
      }
      DerivedView c = s.conversion();
      String conversion =
          c == null || c.text() == null || s.baseStage() == null
              ? null
              : "of " + labels.get(s.baseStage()) + ": " + c.text();
      ExtrapolationView e = s.extrapolation();
      DerivedView logical = e == null ? null : e.logicalBounds();
      DerivedView interval = e == null ? null : e.drawnInterval();
      ValueView v = s.value();
      // "about 9,000" is drawn as the source gave it, approximate, not as the service's reading of
      // it (8,500 to 9,500), which would look like a range the source stated
      boolean aboutCount = v != null && v.approximate() && !v.pointIsMidpoint();
      Long low = v == null ? null : aboutCount ? Math.round(v.point()) : v.low();
      Long high = v == null ? null : aboutCount ? low : v.high();
      bars.add(
          new ChartModel.Bar(
              s.key(),
              Bidi.balanced(s.label()),
              low,
              high,
              aboutCount,
              s.status() == null ? null : s.status().wire(),
              conversion,
              logical == null ? null : logical.low(),
              logical == null ? null : logical.high(),
              interval == null ? null : interval.low(),
              interval == null ? null : interval.high(),
              e == null ? null : e.statement()));
    }
    // the statistics' warnings go with the picture, so an embedded chart never shows figures that
    // do not fit as if they did
    List<String> warnings =
        stats.warnings().stream()
            .map(
                w ->
                    (w.stage() == null || !labels.containsKey(w.stage())
                            ? ""
                            : labels.get(w.stage()) + ": ")
                        + Bidi.balanced(w.message()))
            .toList();
    return new ChartModel(
        stats.funnelId(),
        Bidi.balanced(stats.title()),
        stats.unit(),
        stats.asOf(),
        bars,
        omitted,
        warnings);
  }
}
