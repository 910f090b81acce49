package org.casefunnel.extraction;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Limits of one extraction request (prefix {@code casefunnel.extraction}). */
@ConfigMapping(prefix = "casefunnel.extraction")
public interface ExtractionConfig {

  /**
   * How long one extraction may read; then it stops and answers what it found, with {@code
   * truncated: true} and {@code truncation: deadline}.
   */
  @WithDefault("3s")
  Duration deadline();

  /**
   * Most suggestions in one answer; past them it stops with {@code truncation: suggestion_limit}.
   */
  @WithDefault("1000")
  int maxSuggestions();
}
