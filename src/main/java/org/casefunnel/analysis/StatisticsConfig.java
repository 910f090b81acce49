package org.casefunnel.analysis;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the statistics (prefix {@code casefunnel.statistics}); docs/statistics.md. */
@ConfigMapping(prefix = "casefunnel.statistics")
public interface StatisticsConfig {

  /**
   * Funnel snapshots with their statistics kept per (funnel, revision, asOf), so the statistics,
   * their CSV, the chart and the page of an unchanged funnel are computed once; 0 turns the cache
   * off. An entry is a few kilobytes (no source texts); a write raises the funnel's version, so the
   * next read asks for a new key and replaces the entry.
   */
  @WithDefault("500")
  int snapshotCacheEntries();
}
