package org.casefunnel.common.storage;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * Compacting the embedded H2 file while the service is idle (prefix {@code casefunnel.h2}); see
 * {@link H2Compaction} and docs/performance.md.
 */
@ConfigMapping(prefix = "casefunnel.h2")
public interface CompactionConfig {

  /** Rewrite the file's sparse chunks while no write comes in (H2 file databases only). */
  @WithDefault("true")
  boolean compactWhenIdle();

  /**
   * How often the file is looked at; it is compacted only when nothing was written since the look
   * before, one step at a time.
   */
  @WithDefault("5s")
  Duration compactEvery();

  /** At most this many megabytes of live data rewritten per step. */
  @WithDefault("16")
  int compactMegabytes();
}
