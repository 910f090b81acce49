package org.casefunnel.funnel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.casefunnel.common.web.Cached;
import org.casefunnel.common.web.Stamp;
import org.casefunnel.common.web.StampSource;

/**
 * Stamps for HTTP caching, read with one small query and no entity loaded: every change inside a
 * funnel touches the funnel, so its version and updatedAt stamp everything derived from it.
 */
@ApplicationScoped
public class FunnelStamps implements StampSource {

  private final EntityManager em;

  public FunnelStamps(EntityManager em) {
    this.em = em;
  }

  @Override
  @Transactional
  public Optional<Stamp> stamp(Cached.Scope scope, String id) {
    return switch (scope) {
      case FUNNEL -> one("select f.id, f.version, f.updatedAt from Funnel f where f.id = ?1", id);
      case FIGURE -> byChild("Figure", id);
      case STATEMENT -> byChild("Statement", id);
      case SOURCE -> byChild("Source", id);
      case FUNNEL_LIST -> Optional.of(list());
    };
  }

  private Optional<Stamp> byChild(String entity, String id) {
    long key;
    try {
      key = Long.parseLong(id);
    } catch (NumberFormatException | NullPointerException e) {
      return Optional.empty();
    }
    return one(
        "select f.id, f.version, f.updatedAt from " + entity + " x join x.funnel f where x.id = ?1",
        key);
  }

  private Optional<Stamp> one(String jpql, Object param) {
    if (param == null) {
      return Optional.empty();
    }
    List<Object[]> rows =
        em.createQuery(jpql, Object[].class)
            .setParameter(1, param)
            .setMaxResults(1)
            .getResultList();
    return rows.stream()
        .findFirst()
        .map(r -> new Stamp((String) r[0], ((Number) r[1]).longValue(), (Instant) r[2]));
  }

  /**
   * The list changes when a funnel is created (count, latest change), changed (latest change,
   * version sum) or deleted (count, version sum). It has no Last-Modified: a deletion leaves the
   * latest change where it was, so only the ETag can tell.
   */
  private Stamp list() {
    Object[] r =
        em.createQuery(
                "select count(f), coalesce(sum(f.version), 0), max(f.updatedAt) from Funnel f",
                Object[].class)
            .getSingleResult();
    long count = ((Number) r[0]).longValue();
    Instant latest = (Instant) r[2];
    long micros =
        latest == null ? 0 : latest.getEpochSecond() * 1_000_000 + latest.getNano() / 1_000;
    return new Stamp(
        "list-" + count + "-" + Long.toString(micros, 36), ((Number) r[1]).longValue(), null);
  }
}
