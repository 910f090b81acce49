package org.casefunnel.funnel;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Stamps of cached reads kept in memory (prefix {@code casefunnel.stamps}); docs/caching.md. */
@ConfigMapping(prefix = "casefunnel.stamps")
public interface StampsConfig {

  /** Keep stamps in memory; off, every cached read looks its stamp up in the database. */
  @WithDefault("true")
  boolean inMemory();

  /** Figure, statement and source ids whose funnel is remembered (a child never moves). */
  @WithDefault("100000")
  int maxChildren();

  /**
   * PostgreSQL only: tell the other replicas of every committed write (NOTIFY) and listen for
   * theirs on a dedicated connection. Off, stamps are kept in memory only when this is the only
   * replica (H2) and otherwise read from the database on every request.
   */
  @WithDefault("true")
  boolean crossReplica();

  /**
   * PostgreSQL only: how often the listener compares the funnel-list stamp with the database, the
   * safety net for a notification lost (or a write made outside the service).
   */
  @WithDefault("5s")
  Duration safetyCheck();

  /** PostgreSQL only: the wait before the listener reconnects after its connection failed. */
  @WithDefault("1s")
  Duration reconnectDelay();
}
