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

  interface Seed {
    /** Load the seed funnel into a database that has never held it. */
    @WithDefault("true")
    boolean enabled();

    /** Classpath resource of the seed funnel document. */
    @WithDefault("seed/met-review-article.funnel.json")
    String resource();
  }
}
