package org.casefunnel.common.storage;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.h2.mvstore.MVStore;
import org.jboss.logging.Logger;

/**
 * H2 file databases only: while no write comes in, rewrites the sparse chunks of the file a step
 * every {@code casefunnel.h2.compact-every}. Every commit writes a chunk of its own, and a file
 * that took 10,000 funnel imports holds about 9,400 chunks, a fifth of their bytes live; H2 reads
 * every chunk's metadata when it opens the file, which cost the next start about 0.3 s and 7 MiB
 * (docs/performance.md). Compacted, the same file held under 500. A look that finds a client's
 * write makes no step; a write arriving during a step waits for it (at most {@code
 * compact-megabytes} rewritten).
 */
@ApplicationScoped
class H2Compaction {

  private static final Logger LOG = Logger.getLogger(H2Compaction.class);

  private final AgroalDataSource dataSource;
  private final CompactionConfig config;
  private final boolean active;
  private volatile boolean running = true;
  private Thread thread;

  /** The store's version at the last look: the same at the next means nothing was written. */
  private long lastVersion = -1;

  /** The chunks' fill rate before the first step of a compaction still going on, else -1. */
  private int fillBefore = -1;

  /**
   * Steps no longer lower the number of chunks: the file is as compact as they make it (each writes
   * chunks of its own), until clients write again.
   */
  private boolean settled;

  /** The fewest chunks seen since clients last wrote, when, and the steps made since. */
  private long fewest = Long.MAX_VALUE;

  private long fewestSince;

  private int stepsSinceFewest;

  H2Compaction(
      AgroalDataSource dataSource,
      CompactionConfig config,
      @ConfigProperty(name = "quarkus.datasource.db-kind") String dbKind,
      @ConfigProperty(name = "quarkus.datasource.jdbc.url") Optional<String> url) {
    this.dataSource = dataSource;
    this.config = config;
    this.active =
        config.compactWhenIdle()
            && "h2".equals(dbKind)
            && url.filter(u -> u.startsWith("jdbc:h2:file:")).isPresent();
  }

  /** Whether this service compacts its database: an H2 file, and the setting on. */
  boolean active() {
    return active;
  }

  void start(@Observes StartupEvent event) {
    if (!active) {
      return;
    }
    thread = new Thread(this::run, "casefunnel-h2-compaction");
    thread.setDaemon(true);
    thread.setPriority(Thread.MIN_PRIORITY);
    thread.start();
  }

  void stop(@Observes ShutdownEvent event) throws InterruptedException {
    running = false;
    if (thread != null) {
      // not interrupted: an interrupt inside H2's file I/O closes its channel and the store with it
      thread.join(5_000); // a step in progress ends before the pool and the database close
    }
  }

  private void run() {
    long every = Math.max(100, config.compactEvery().toMillis());
    while (running) {
      if (!pause(every)) {
        return;
      }
      try (Connection c = dataSource.getConnection()) {
        MVStore store = H2Files.store(c);
        if (store != null && running) {
          look(store);
        }
      } catch (SQLException | RuntimeException e) {
        LOG.debugf("H2 compaction skipped this time: %s", e.getMessage());
      }
    }
  }

  /** Sleeps for {@code millis} unless stopped first; false when stopped. */
  private boolean pause(long millis) {
    long end = System.currentTimeMillis() + millis;
    try {
      for (long left = millis; running && left > 0; left = end - System.currentTimeMillis()) {
        Thread.sleep(Math.min(left, 100));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
    return running;
  }

  /** One look: a step only when nothing was committed since the last look. */
  void look(MVStore store) {
    long version = store.getCurrentVersion();
    boolean idle = version == lastVersion;
    lastVersion = version;
    long now = System.currentTimeMillis();
    long chunks = H2Files.chunks(store);
    if (!idle || chunks < fewest) {
      fewest = chunks;
      fewestSince = now;
      stepsSinceFewest = 0;
    }
    if (!idle) {
      settled = false;
      return;
    }
    if (settled) {
      return;
    }
    // chunks a step empties are dropped only after H2's retention time: none dropped since
    long window = store.getRetentionTime() + 2 * config.compactEvery().toMillis();
    if (stepsSinceFewest > 0 && now - fewestSince > window) {
      settle(store);
      return;
    }
    int before = H2Files.chunksFillRate(store);
    if (!H2Files.step(store, config.compactMegabytes() << 20)) {
      settle(store);
      return;
    }
    fillBefore = fillBefore < 0 ? before : fillBefore;
    stepsSinceFewest++;
    lastVersion = store.getCurrentVersion(); // its own commit is no write of a client
  }

  private void settle(MVStore store) {
    settled = true;
    if (fillBefore >= 0) {
      LOG.infof(
          "H2 file compacted while idle: %d chunks, %d%% of their bytes live (was %d%%)",
          H2Files.chunks(store), H2Files.chunksFillRate(store), fillBefore);
      fillBefore = -1;
    }
  }
}
