package org.casefunnel.document;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.casefunnel.model.ChangeTimes;

/**
 * Idempotency keys of imports (table {@code idempotency_key}): a key is claimed in its own short
 * transaction before the import runs, and the import's answer is written in the import's own
 * transaction, so an acknowledged import and its remembered answer are committed together.
 */
@ApplicationScoped
public class IdempotencyStore {

  /** A claim whose import never finished (the process died) may be taken over after this. */
  static final Duration ABANDONED_AFTER = Duration.ofMinutes(2);

  private final EntityManager em;

  public IdempotencyStore(EntityManager em) {
    this.em = em;
  }

  /** What is stored under a key. {@code status} is null while the first request is running. */
  public record Entry(
      String principal,
      String requestHash,
      Integer status,
      String location,
      String body,
      Instant createdAt) {}

  /** Claims the key; false when it is taken (the caller then reads the entry). */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void claim(String key, String principal, String requestHash) {
    em.createNativeQuery(
            "insert into idempotency_key (idem_key, principal, request_hash, created_at)"
                + " values (?1, ?2, ?3, ?4)")
        .setParameter(1, key)
        .setParameter(2, principal)
        .setParameter(3, requestHash)
        .setParameter(4, ChangeTimes.now())
        .executeUpdate();
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Optional<Entry> find(String key) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select principal, request_hash, status, location, body, created_at"
                    + " from idempotency_key where idem_key = ?1")
            .setParameter(1, key)
            .getResultList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Object[] r = rows.get(0);
    return Optional.of(
        new Entry(
            (String) r[0],
            (String) r[1],
            r[2] == null ? null : ((Number) r[2]).intValue(),
            (String) r[3],
            (String) r[4],
            toInstant(r[5])));
  }

  /** Records the answer; joins the import's transaction. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void complete(String key, int status, String location, String body) {
    em.createNativeQuery(
            "update idempotency_key set status = ?1, location = ?2, body = ?3 where idem_key = ?4")
        .setParameter(1, status)
        .setParameter(2, location)
        .setParameter(3, body)
        .setParameter(4, key)
        .executeUpdate();
  }

  /** Lets the key go after a failed import, so the client may retry it. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void release(String key) {
    em.createNativeQuery("delete from idempotency_key where idem_key = ?1 and status is null")
        .setParameter(1, key)
        .executeUpdate();
  }

  /** Removes a claim abandoned by a process that died, so that it can be claimed afresh. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean releaseIfAbandoned(String key, Instant claimedAt) {
    return em.createNativeQuery(
                "delete from idempotency_key where idem_key = ?1 and status is null"
                    + " and created_at = ?2")
            .setParameter(1, key)
            .setParameter(2, claimedAt)
            .executeUpdate()
        > 0;
  }

  private static Instant toInstant(Object o) {
    if (o instanceof Instant i) {
      return i;
    }
    if (o instanceof java.time.OffsetDateTime odt) {
      return odt.toInstant();
    }
    if (o instanceof java.sql.Timestamp ts) {
      return ts.toInstant();
    }
    return Instant.EPOCH;
  }
}
