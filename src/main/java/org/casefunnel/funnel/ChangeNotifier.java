package org.casefunnel.funnel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import org.casefunnel.model.FunnelChanged;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;

/**
 * PostgreSQL only: announces every write to the other replicas. The NOTIFY is sent inside the
 * write's own transaction, so PostgreSQL delivers it at commit and never for a rolled-back write.
 */
@ApplicationScoped
class ChangeNotifier {

  static final String CHANNEL = "casefunnel_changes";

  private final EntityManager em;
  private final boolean active;

  ChangeNotifier(
      EntityManager em,
      StampsConfig config,
      @ConfigProperty(name = "quarkus.datasource.db-kind") String dbKind) {
    this.em = em;
    this.active = "postgresql".equals(dbKind) && config.crossReplica();
  }

  // IN_PROGRESS (the default): synchronously, inside the write's transaction
  void announce(@Observes FunnelChanged change) {
    if (!active) {
      return;
    }
    em.unwrap(Session.class)
        .doWork(
            c -> {
              try (PreparedStatement s = c.prepareStatement("select pg_notify(?, ?)")) {
                s.setString(1, CHANNEL);
                s.setString(2, change.funnelId());
                s.executeQuery().close();
              }
            });
  }
}
