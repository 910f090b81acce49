package org.casefunnel.model;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * In-process serialisation of the writes of one funnel, taken before a database connection is used:
 * concurrent writers of one funnel wait here, in memory and in arrival order, instead of holding
 * pooled connections while they wait for the funnel's row lock. The row lock still serialises
 * writers of different replicas. Striped, so memory does not grow with funnel ids; semaphores, not
 * locks, because a transaction may complete on another thread than it began.
 */
final class FunnelLocks {

  private final Semaphore[] stripes;

  FunnelLocks(int stripes) {
    this.stripes = new Semaphore[stripes];
    for (int i = 0; i < stripes; i++) {
      this.stripes[i] = new Semaphore(1, true);
    }
  }

  /** The stripe of a funnel id. */
  int stripe(String funnelId) {
    return Math.floorMod(funnelId.hashCode(), stripes.length);
  }

  /** Takes a stripe; false when it could not be had within {@code wait}. */
  boolean acquire(int stripe, Duration wait) throws InterruptedException {
    return stripes[stripe].tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS);
  }

  void release(int stripe) {
    stripes[stripe].release();
  }
}
