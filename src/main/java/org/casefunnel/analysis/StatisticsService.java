package org.casefunnel.analysis;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import org.casefunnel.common.cache.RevisionCache;
import org.casefunnel.common.config.AppConfig;
import org.casefunnel.funnel.FunnelService;
import org.casefunnel.model.Funnel;
import org.casefunnel.statistics.Proportions;

/** A funnel's statistics, computed by {@link StatisticsLoader} and cached per funnel revision. */
@ApplicationScoped
public class StatisticsService {

  private final FunnelService funnelService;
  private final StatisticsLoader loader;
  private final RevisionCache<FunnelStatisticsView> cache;

  public StatisticsService(FunnelService funnelService, StatisticsLoader loader, AppConfig config) {
    this.cache = new RevisionCache<>(config.cache().maxEntries());
    this.funnelService = funnelService;
    this.loader = loader;
  }

  /**
   * A funnel's statistics, cached per funnel revision: an unchanged funnel costs one primary-key
   * lookup, and any change raises the revision, so a cached answer is never served after a write.
   * For read requests only (a write's transaction could cache what it has not committed).
   */
  @Transactional
  public FunnelStatisticsView funnel(String id, LocalDate asOf) {
    Funnel f = funnelService.require(id);
    return cache.get(
        id,
        FunnelService.revision(f),
        asOf == null ? null : asOf.toString(),
        () -> compute(f, asOf));
  }

  private FunnelStatisticsView compute(Funnel f, LocalDate asOf) {
    StatisticsContext context = loader.load(List.of(f), asOf).get(f.id);
    return new FunnelStatisticsView(
        f.id,
        f.title,
        f.unit,
        asOf,
        Proportions.CONFIDENCE,
        StatisticsLoader.stageViews(context),
        loader.warn(context));
  }
}
