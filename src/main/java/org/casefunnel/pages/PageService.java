package org.casefunnel.pages;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import org.casefunnel.analysis.FunnelReading;
import org.casefunnel.analysis.StatisticsService;
import org.casefunnel.common.paging.PageView;
import org.casefunnel.funnel.FunnelService;
import org.casefunnel.funnel.FunnelSummary;
import org.casefunnel.model.FunnelRepository;

/**
 * Gathers what the HTML pages show: the overview from the funnel list, a funnel's page from its
 * snapshot and statistics as the statistics service reads them (once per funnel revision).
 */
@ApplicationScoped
public class PageService {

  private final FunnelService funnels;
  private final StatisticsService statistics;

  public PageService(FunnelService funnels, StatisticsService statistics) {
    this.funnels = funnels;
    this.statistics = statistics;
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

  /** A funnel's page: a function of its cached snapshot and statistics ({@link FunnelPages}). */
  @Transactional
  public PageModels.FunnelPage funnel(String id, LocalDate asOf) {
    FunnelReading reading = statistics.reading(id, asOf);
    // a series needs two dates to show a change; a page as of a date shows it up to that date
    String seriesChart =
        reading.figureDates() < 2
            ? null
            : "/api/funnels/" + id + "/series.svg" + (asOf == null ? "" : "?to=" + asOf);
    return FunnelPages.page(reading, seriesChart);
  }
}
