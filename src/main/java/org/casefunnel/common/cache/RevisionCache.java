package org.casefunnel.common.cache;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Responses derived from a whole funnel, kept per funnel revision. Every change inside a funnel
 * raises the funnel's version (FunnelService.touch), and a lookup must name the revision it has
 * just read, so an entry is never served after a write: the next reader asks for the new revision,
 * misses, and replaces the entry. The revision includes the funnel's creation time, because a
 * funnel deleted and imported again under the same id starts again at version 0. One entry per
 * funnel and variant (e.g. asOf); bounded, dropping an arbitrary entry when full (a miss only costs
 * a recomputation). Safe with several replicas: each checks the revision in the shared database.
 */
public final class RevisionCache<V> {

  /**
   * What identifies one state of a funnel, and for a value that also depends on the date (what is
   * said about dates still to come), the date it was judged on; null otherwise.
   */
  public record Revision(Instant createdAt, long version, LocalDate judgedOn) {

    public Revision(Instant createdAt, long version) {
      this(createdAt, version, null);
    }

    /** This revision, judged on {@code date}. */
    public Revision judgedOn(LocalDate date) {
      return new Revision(createdAt, version, date);
    }
  }

  private record Key(String funnelId, String variant) {}

  private record Entry<V>(Revision revision, V value) {}

  private final ConcurrentHashMap<Key, Entry<V>> entries = new ConcurrentHashMap<>();
  private final int maxEntries;

  public RevisionCache(int maxEntries) {
    this.maxEntries = maxEntries;
  }

  /**
   * The value for the funnel at {@code revision}, computed by {@code compute} on a miss. The caller
   * reads the revision and computes the value in one transaction.
   */
  public V get(String funnelId, Revision revision, String variant, Supplier<V> compute) {
    if (maxEntries <= 0) {
      return compute.get();
    }
    Key key = new Key(funnelId, Objects.requireNonNullElse(variant, ""));
    Entry<V> e = entries.get(key);
    if (e != null && e.revision().equals(revision)) {
      return e.value();
    }
    V value = compute.get();
    if (e == null && entries.size() >= maxEntries) {
      Iterator<Key> it = entries.keySet().iterator();
      if (it.hasNext()) {
        entries.remove(it.next());
      }
    }
    entries.put(key, new Entry<>(revision, value));
    return value;
  }

  /** Forgets a funnel (e.g. deleted), so its entries do not hold memory. */
  public void evict(String funnelId) {
    entries.keySet().removeIf(k -> k.funnelId().equals(funnelId));
  }

  public int size() {
    return entries.size();
  }
}
