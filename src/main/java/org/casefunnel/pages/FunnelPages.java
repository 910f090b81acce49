package org.casefunnel.pages;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.casefunnel.analysis.DerivedView;
import org.casefunnel.analysis.ExtrapolationView;
import org.casefunnel.analysis.FunnelReading;
import org.casefunnel.analysis.FunnelSnapshot;
import org.casefunnel.analysis.FunnelSnapshot.FigureSnapshot;
import org.casefunnel.analysis.FunnelSnapshot.StageSnapshot;
import org.casefunnel.analysis.FunnelSnapshot.StatementSnapshot;
import org.casefunnel.analysis.FunnelStatisticsView;
import org.casefunnel.analysis.StageStatisticsView;

/**
 * A funnel's page as a function of its {@link FunnelReading} (the snapshot with its statements and
 * sources, and the statistics computed from it): nothing is loaded or computed here beyond
 * formatting, so the page says exactly what the statistics endpoint says.
 */
public final class FunnelPages {

  private FunnelPages() {}

  public static PageModels.FunnelPage page(FunnelReading reading, String seriesChartUrl) {
    FunnelSnapshot f = reading.snapshot();
    FunnelStatisticsView stats = reading.statistics();
    Map<String, StageStatisticsView> statsByKey = new HashMap<>();
    stats.stages().forEach(st -> statsByKey.put(st.key(), st));
    List<PageModels.StageRow> rows = new ArrayList<>();
    for (StageSnapshot s : f.stages()) {
      FigureSnapshot fig = s.figure();
      StageSnapshot base = f.base(s).orElse(null);
      StageStatisticsView st = statsByKey.get(s.key());
      DerivedView c = st == null ? null : st.conversion();
      ExtrapolationView x = st == null ? null : st.extrapolation();
      rows.add(
          new PageModels.StageRow(
              s.key(),
              s.label(),
              base == null ? null : base.label(),
              s.definition(),
              fig == null ? null : value(fig),
              fig == null ? null : fig.status().wire(),
              fig == null ? null : fig.asOf(),
              fig == null ? null : fig.wording(),
              fig == null ? null : fig.note(),
              c == null ? null : c.text(),
              // the statistics' own statement: logical bounds first unless the review was random
              x == null ? null : x.statement(),
              notes(st),
              fig == null ? List.of() : evidence(fig),
              fig == null ? null : fig.rank().wire(),
              fig == null ? null : fig.rankReason()));
    }
    String chart =
        "/api/funnels/"
            + f.funnelId()
            + "/chart.svg"
            + (f.asOf() == null ? "" : "?asOf=" + f.asOf());
    return new PageModels.FunnelPage(
        f.funnelId(),
        f.title(),
        f.info().organisation(),
        f.info().jurisdiction(),
        f.info().programme(),
        f.unit(),
        f.info().description(),
        f.asOf(),
        chart,
        rows,
        stats.warnings().stream()
            .map(
                w ->
                    new PageModels.Warning(
                        w.code(), w.stage() == null ? null : labelOf(f, w.stage()), w.message()))
            .toList(),
        true,
        seriesChartUrl);
  }

  /** The stage's notes, with the projection check's verdict first where there is one. */
  private static List<String> notes(StageStatisticsView st) {
    List<String> out = new ArrayList<>();
    if (st != null && st.projectionCheck() != null) {
      out.add(st.projectionCheck().message());
    }
    if (st != null && st.notes() != null) {
      out.addAll(st.notes());
    }
    return out;
  }

  private static List<PageModels.Evidence> evidence(FigureSnapshot fig) {
    List<PageModels.Evidence> out = new ArrayList<>();
    for (StatementSnapshot e : fig.statements()) {
      var source = e.source();
      out.add(
          new PageModels.Evidence(
              e.quote(),
              e.speaker(),
              e.speakerRole(),
              e.venue(),
              e.madeOn(),
              e.kind() == null ? null : e.kind().wire().replace('_', ' '),
              source == null ? null : source.title(),
              source == null ? null : source.url(),
              source == null ? null : "/api/sources/" + source.id()));
    }
    return out;
  }

  private static String labelOf(FunnelSnapshot f, String key) {
    return f.stage(key).map(StageSnapshot::label).orElse(key);
  }

  private static String value(FigureSnapshot fig) {
    NumberFormat n = NumberFormat.getIntegerInstance(Locale.UK);
    String v =
        fig.count() != null
            ? n.format(fig.count())
            : n.format(fig.low()) + "\u2013" + n.format(fig.high());
    return (fig.approximate() ? "about " : "")
        + v
        + (fig.period() == null ? "" : " a " + fig.period());
  }
}
