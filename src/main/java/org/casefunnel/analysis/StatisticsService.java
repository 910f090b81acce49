package org.casefunnel.analysis;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.casefunnel.common.cache.RevisionCache;
import org.casefunnel.common.config.Clocks;
import org.casefunnel.funnel.FunnelService;
import org.casefunnel.model.Funnel;
import org.casefunnel.statistics.Proportions;

/**
 * A funnel's snapshot and statistics, loaded by {@link StatisticsLoader} and cached per funnel
 * revision, asOf and the date its warnings judge dates against (see {@link StatisticsConfig}).
 */
@ApplicationScoped
public class StatisticsService {

  private final FunnelService funnelService;
  private final StatisticsLoader loader;
  private final RevisionCache<FunnelReading> cache;
  private final Clock clock;

  public StatisticsService(
      FunnelService funnelService, StatisticsLoader loader, StatisticsConfig config, Clock clock) {
    this.cache = new RevisionCache<>(config.snapshotCacheEntries());
    this.funnelService = funnelService;
    this.loader = loader;
    this.clock = clock;
  }

  /** A funnel's statistics; see {@link #reading}. */
  @Transactional
  public FunnelStatisticsView funnel(String id, LocalDate asOf) {
    return reading(id, asOf).statistics();
  }

  /**
   * A funnel's snapshot and statistics, cached per (funnel id, revision, asOf): an unchanged funnel
   * costs one primary-key lookup, and every write raises the version, so a cached reading is never
   * served after a write (the key names the revision the lookup has just read). The revision also
   * names today's date (at UTC+14), which the date_in_future warning judges by, so a new day
   * computes it again. For read requests only (a write's transaction could cache what it has not
   * committed).
   */
  @Transactional
  public FunnelReading reading(String id, LocalDate asOf) {
    Funnel f = funnelService.require(id);
    return cache.get(
        id,
        FunnelService.revision(f).judgedOn(Clocks.latestToday(clock)),
        asOf == null ? null : asOf.toString(),
        () -> compute(f, asOf));
  }

  private FunnelReading compute(Funnel f, LocalDate asOf) {
    StatisticsLoader.Dated loaded = loader.loadOne(f, asOf);
    StatisticsContext context = loaded.context();
    return new FunnelReading(
        context.snapshot(), view(context, loader.warn(context)), loaded.figureDates());
  }

  /** The statistics view of a context and its warnings: a function of plain records. */
  static FunnelStatisticsView view(StatisticsContext context, List<WarningView> warnings) {
    FunnelSnapshot s = context.snapshot();
    return new FunnelStatisticsView(
        s.funnelId(),
        s.title(),
        s.unit(),
        s.asOf(),
        Proportions.CONFIDENCE,
        context.statistics(),
        warnings);
  }
}
