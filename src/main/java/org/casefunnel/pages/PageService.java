package org.casefunnel.pages;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.casefunnel.analysis.DerivedView;
import org.casefunnel.analysis.ExtrapolationView;
import org.casefunnel.analysis.FunnelStatisticsView;
import org.casefunnel.analysis.StageStatisticsView;
import org.casefunnel.analysis.StatisticsService;
import org.casefunnel.common.paging.PageView;
import org.casefunnel.figure.FigureProvenance;
import org.casefunnel.figure.FigureService;
import org.casefunnel.figure.FigureView;
import org.casefunnel.funnel.FunnelService;
import org.casefunnel.funnel.FunnelSummary;
import org.casefunnel.funnel.FunnelView;
import org.casefunnel.funnel.StageView;
import org.casefunnel.model.FunnelRepository;
import org.casefunnel.series.SeriesService;

/**
 * Gathers what the HTML pages show from the services the API uses (conversions, extrapolations and
 * warnings from the statistics service); nothing is computed here.
 */
@ApplicationScoped
public class PageService {

  private final FunnelService funnels;
  private final FigureService figures;
  private final StatisticsService statistics;
  private final SeriesService series;

  public PageService(
      FunnelService funnels,
      FigureService figures,
      StatisticsService statistics,
      SeriesService series) {
    this.funnels = funnels;
    this.figures = figures;
    this.statistics = statistics;
    this.series = series;
  }

  @Transactional
  public PageModels.Overview overview(int page, int size) {
    PageView<FunnelSummary> list =
        funnels.list(
            new FunnelRepository.Filter(null, null, null, null, null, null),
            Sort.by("title").and("id"),
            page,
            size);
    return new PageModels.Overview(list.items(), list.total(), page, size);
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

  @Transactional
  public PageModels.FunnelPage funnel(String id, LocalDate asOf) {
    FunnelView f = funnels.view(id, asOf);
    NumberFormat n = NumberFormat.getIntegerInstance(Locale.UK);
    FunnelStatisticsView stats = statistics.funnel(id, asOf);
    Map<String, StageStatisticsView> statsByKey = new HashMap<>();
    stats.stages().forEach(st -> statsByKey.put(st.key(), st));
    Map<String, StageView> byKey = new HashMap<>();
    for (StageView s : f.stages()) {
      byKey.put(s.key(), s);
    }
    List<PageModels.StageRow> rows = new ArrayList<>();
    for (StageView s : f.stages()) {
      FigureView fig = s.figure();
      StageView base = s.baseStage() == null ? null : byKey.get(s.baseStage());
      StageStatisticsView st = statsByKey.get(s.key());
      DerivedView c = st == null ? null : st.conversion();
      ExtrapolationView x = st == null ? null : st.extrapolation();
      List<PageModels.Evidence> evidence = new ArrayList<>();
      if (fig != null) {
        for (FigureProvenance.Evidence e : figures.provenance(fig.id()).evidence()) {
          evidence.add(
              new PageModels.Evidence(
                  e.statement().quote(),
                  e.statement().speaker(),
                  e.statement().speakerRole(),
                  e.statement().venue(),
                  e.statement().madeOn(),
                  e.statement().kind().wire().replace('_', ' '),
                  e.source().title(),
                  e.source().url(),
                  "/api/sources/" + e.source().id()));
        }
      }
      rows.add(
          new PageModels.StageRow(
              s.key(),
              s.label(),
              base == null ? null : base.label(),
              s.definition(),
              fig == null ? null : value(fig, n),
              fig == null ? null : fig.status().wire(),
              fig == null ? null : fig.asOf(),
              fig == null ? null : fig.wording(),
              fig == null ? null : fig.note(),
              c == null ? null : c.text(),
              // the statistics' own statement: logical bounds first unless the review was random
              x == null ? null : x.statement(),
              notes(st),
              evidence));
    }
    String chart = "/api/funnels/" + f.id() + "/chart.svg" + (asOf == null ? "" : "?asOf=" + asOf);
    // a series needs two dates to show a change; a page as of a date shows it up to that date
    String seriesChart =
        series.dateCount(f.id(), asOf) < 2
            ? null
            : "/api/funnels/" + f.id() + "/series.svg" + (asOf == null ? "" : "?to=" + asOf);
    return new PageModels.FunnelPage(
        f.id(),
        f.title(),
        f.organisation(),
        f.jurisdiction(),
        f.programme(),
        f.unit(),
        f.description(),
        asOf,
        chart,
        rows,
        stats.warnings().stream()
            .map(
                w ->
                    new PageModels.Warning(
                        w.code(),
                        w.stage() == null ? null : labelOf(byKey, w.stage()),
                        w.message()))
            .toList(),
        true,
        seriesChart);
  }

  private static String labelOf(Map<String, StageView> byKey, String key) {
    StageView s = byKey.get(key);
    return s == null ? key : s.label();
  }

  private static String value(FigureView fig, NumberFormat n) {
    String v =
        fig.count() != null
            ? n.format(fig.count())
            : n.format(fig.low()) + "\u2013" + n.format(fig.high());
    return (fig.approximate() ? "about " : "")
        + v
        + (fig.period() == null ? "" : " a " + fig.period());
  }
}
