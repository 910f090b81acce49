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
import org.casefunnel.common.paging.PageView;
import org.casefunnel.export.CoreConversions;
import org.casefunnel.figure.FigureProvenance;
import org.casefunnel.figure.FigureService;
import org.casefunnel.figure.FigureView;
import org.casefunnel.funnel.FunnelRepository;
import org.casefunnel.funnel.FunnelService;
import org.casefunnel.funnel.FunnelSummary;
import org.casefunnel.funnel.FunnelView;
import org.casefunnel.funnel.StageView;

/** Gathers what the HTML pages show from the services the API uses; nothing is computed here. */
@ApplicationScoped
public class PageService {

  private final FunnelService funnels;
  private final FigureService figures;

  public PageService(FunnelService funnels, FigureService figures) {
    this.funnels = funnels;
    this.figures = figures;
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

  @Transactional
  public PageModels.FunnelPage funnel(String id, LocalDate asOf) {
    FunnelView f = funnels.view(id, asOf);
    NumberFormat n = NumberFormat.getIntegerInstance(Locale.UK);
    Map<String, StageView> byKey = new HashMap<>();
    for (StageView s : f.stages()) {
      byKey.put(s.key(), s);
    }
    List<PageModels.StageRow> rows = new ArrayList<>();
    for (StageView s : f.stages()) {
      FigureView fig = s.figure();
      StageView base = s.baseStage() == null ? null : byKey.get(s.baseStage());
      CoreConversions.Conversion c =
          CoreConversions.of(
              fig, base == null ? null : base.figure(), base == null ? null : base.label());
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
              c == null ? null : c.percent(),
              c == null ? null : c.interval(),
              List.of(),
              evidence));
    }
    String chart = "/api/funnels/" + f.id() + "/chart.svg" + (asOf == null ? "" : "?asOf=" + asOf);
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
        List.of(),
        false);
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
