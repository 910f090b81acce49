package org.casefunnel.common.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The service's own settings (prefix {@code casefunnel}). */
@ConfigMapping(prefix = "casefunnel")
public interface AppConfig {

  /** Directory of the embedded H2 database files. */
  @WithDefault("./data")
  String dataDir();

  Seed seed();

  Cache cache();

  interface Seed {
    /** Load the seed funnel into a database that has never held it. */
    @WithDefault("true")
    boolean enabled();

    /** Classpath resource of the seed funnel document. */
    @WithDefault("seed/met-review-article.funnel.json")
    String resource();
  }

  interface Cache {
    /**
     * Funnel views and statistics kept per funnel revision (0 turns the cache off); each entry is a
     * few kilobytes.
     */
    @WithDefault("2000")
    int maxEntries();
  }
}
