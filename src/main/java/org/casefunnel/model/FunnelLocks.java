package org.casefunnel.model;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * In-process serialisation of the writes of one funnel, taken before a database connection is used:
 * concurrent writers of one funnel wait here, in memory and in arrival order, instead of holding
 * pooled connections while they wait for the funnel's row lock (forty writers of one funnel would
 * otherwise empty the pool). The row lock still serialises writers of different replicas. Striped,
 * so memory does not grow with funnel ids; semaphores, not locks, because a transaction may
 * complete on another thread than it began on.
 */
@ApplicationScoped
class FunnelLocks {

  private static final int STRIPES = 256;

  private final Semaphore[] stripes = new Semaphore[STRIPES];
  private final TransactionSynchronizationRegistry transactions;

  FunnelLocks(TransactionSynchronizationRegistry transactions) {
    this.transactions = transactions;
    for (int i = 0; i < STRIPES; i++) {
      stripes[i] = new Semaphore(1, true);
    }
  }

  /**
   * Runs {@code work} in a transaction while holding the funnel's stripe: a transaction begun once
   * the stripe is held and ended before it is released, or the caller's transaction (an import with
   * an idempotency key), whose completion releases the stripe. {@link Busy} when the stripe could
   * not be had within {@code wait}.
   */
  <R> R run(String funnelId, Duration wait, Supplier<R> work) throws Busy {
    int stripe = Math.floorMod(funnelId.hashCode(), STRIPES);
    if (QuarkusTransaction.isActive()) {
      Held held = new Held(stripe);
      if (transactions.getResource(held) == null) {
        acquire(stripe, wait);
        transactions.putResource(held, Boolean.TRUE);
        transactions.registerInterposedSynchronization(new Release(stripes[stripe]));
      }
      return work.get();
    }
    acquire(stripe, wait);
    try {
      return QuarkusTransaction.requiringNew().call(work::get);
    } finally {
      stripes[stripe].release();
    }
  }

  private void acquire(int stripe, Duration wait) throws Busy {
    try {
      if (!stripes[stripe].tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS)) {
        throw new Busy();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Busy();
    }
  }

  /** The stripe could not be had in time. */
  static final class Busy extends Exception {
    Busy() {
      super(null, null, false, false);
    }
  }

  /** Key of a stripe held by the current transaction. */
  private record Held(int stripe) {}

  private record Release(Semaphore stripe) implements Synchronization {
    @Override
    public void beforeCompletion() {}

    @Override
    public void afterCompletion(int status) {
      stripe.release();
    }
  }
}
