package org.casefunnel.funnel;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * PostgreSQL only: listens on its own connection (outside the pool) for the writes other replicas
 * announce ({@link ChangeNotifier}) and drops those funnels' stamps. Stamps are trusted only while
 * it listens; after a reconnect all are re-read. Every {@code safety-check} it compares the
 * funnel-list stamp with the database, in case a notification was lost.
 */
@ApplicationScoped
class ChangeListener {

  private static final Logger LOG = Logger.getLogger(ChangeListener.class);

  private final FunnelStamps stamps;
  private final StampQueries queries;
  private final StampsConfig config;
  private final boolean active;
  private final String url;
  private final Optional<String> user;
  private final Optional<String> password;
  private volatile boolean running = true;
  private volatile Connection current;
  private Thread thread;

  ChangeListener(
      FunnelStamps stamps,
      StampQueries queries,
      StampsConfig config,
      @ConfigProperty(name = "quarkus.datasource.db-kind") String dbKind,
      @ConfigProperty(name = "quarkus.datasource.jdbc.url") Optional<String> url,
      @ConfigProperty(name = "quarkus.datasource.username") Optional<String> user,
      @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
    this.stamps = stamps;
    this.queries = queries;
    this.config = config;
    this.active =
        "postgresql".equals(dbKind)
            && config.crossReplica()
            && config.inMemory()
            && url.isPresent();
    this.url = url.orElse(null);
    this.user = user;
    this.password = password;
  }

  void start(@Observes StartupEvent event) {
    if (!active) {
      return;
    }
    thread = new Thread(this::run, "casefunnel-stamp-listener");
    thread.setDaemon(true);
    thread.start();
  }

  void stop(@Observes ShutdownEvent event) {
    running = false;
    Connection c = current;
    if (c != null) {
      try {
        c.close(); // wakes the thread out of getNotifications
      } catch (SQLException e) {
        // closing anyway
      }
    }
  }

  private void run() {
    while (running) {
      try (Connection c =
          DriverManager.getConnection(url, user.orElse(null), password.orElse(null))) {
        current = c;
        listen(c);
      } catch (SQLException | RuntimeException e) {
        stamps.trust(false);
        if (running) {
          LOG.warnf(
              "Stamp listener lost its connection (%s); reads ask the database", e.getMessage());
          sleep(config.reconnectDelay().toMillis());
        }
      } finally {
        current = null;
      }
    }
  }

  private void listen(Connection c) throws SQLException {
    PGConnection pg = c.unwrap(PGConnection.class);
    try (Statement s = c.createStatement()) {
      s.execute("LISTEN " + ChangeNotifier.CHANNEL);
    }
    // whatever changed while nobody listened is re-read: memory starts empty
    stamps.trust(true);
    long every = Math.max(1, config.safetyCheck().toMillis());
    var seen = queries.list(c);
    long next = System.currentTimeMillis() + every;
    boolean heard = false;
    while (running) {
      int wait = (int) Math.max(1, next - System.currentTimeMillis());
      PGNotification[] notes = pg.getNotifications(wait);
      if (notes != null && notes.length > 0) {
        heard = true;
        for (PGNotification n : notes) {
          stamps.invalidate(n.getParameter());
        }
      }
      if (System.currentTimeMillis() >= next) {
        var now = queries.list(c);
        var held = stamps.listInMemory();
        // a change with no notification since the last check, or memory that disagrees
        if ((!heard && !Objects.equals(now, seen)) || (held != null && !held.equals(now))) {
          LOG.debugf("Stamp safety check saw a change without notification; stamps dropped");
          stamps.invalidateAll();
        }
        seen = now;
        heard = false;
        next = System.currentTimeMillis() + every;
      }
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
