package org.casefunnel.export;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.casefunnel.figure.FigureView;
import org.casefunnel.funnel.FunnelService;
import org.casefunnel.funnel.FunnelView;
import org.casefunnel.funnel.StageView;

/** Builds the chart of a funnel from its figures and their conversions. */
@ApplicationScoped
public class ChartService {

  private final FunnelService funnels;

  public ChartService(FunnelService funnels) {
    this.funnels = funnels;
  }

  @Transactional
  public String svg(String funnelId, LocalDate asOf) {
    return FunnelChart.render(model(funnelId, asOf));
  }

  @Transactional
  public ChartModel model(String funnelId, LocalDate asOf) {
    FunnelView f = funnels.view(funnelId, asOf);
    Map<String, StageView> byKey = new HashMap<>();
    f.stages().forEach(s -> byKey.put(s.key(), s));
    List<ChartModel.Bar> bars = new ArrayList<>();
    List<String> omitted = new ArrayList<>();
    for (StageView s : f.stages()) {
      FigureView fig = s.figure();
      boolean otherUnit = s.unit() != null && !s.unit().equalsIgnoreCase(f.unit());
      boolean rate = fig != null && fig.period() != null;
      if (otherUnit || rate) {
        omitted.add(
            s.label()
                + (fig == null ? "" : ": " + fig.wording())
                + " ("
                + (otherUnit ? "counts " + s.unit() + "s" : "")
                + (otherUnit && rate ? ", " : "")
                + (rate ? "a rate per " + fig.period() : "")
                + ")");
        continue;
      }
      StageView base = s.baseStage() == null ? null : byKey.get(s.baseStage());
      CoreConversions.Conversion c =
          CoreConversions.of(
              fig, base == null ? null : base.figure(), base == null ? null : base.label());
      bars.add(
          new ChartModel.Bar(
              s.key(),
              s.label(),
              fig == null ? null : (fig.count() != null ? fig.count() : fig.low()),
              fig == null ? null : (fig.count() != null ? fig.count() : fig.high()),
              fig != null && fig.approximate(),
              fig == null ? null : fig.status().wire(),
              c == null ? null : c.text(),
              c == null ? null : c.whiskerLow(),
              c == null ? null : c.whiskerHigh()));
    }
    return new ChartModel(f.id(), f.title(), f.unit(), asOf, bars, omitted);
  }
}
