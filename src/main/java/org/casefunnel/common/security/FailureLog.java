package org.casefunnel.common.security;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Recent failures per key (a user name or a client address) in a sliding window: a key with {@code
 * max} failures inside the window is blocked until the oldest of them leaves it.
 */
final class FailureLog {

  /** Keys kept at most; an attacker hopping names or addresses cannot grow the map beyond it. */
  private static final int MAX_KEYS = 100_000;

  private final int max;
  private final long windowNanos;
  private final Map<String, Deque<Long>> failures = new ConcurrentHashMap<>();

  FailureLog(int max, long windowNanos) {
    this.max = max;
    this.windowNanos = windowNanos;
  }

  /** Seconds until the key may try again; 0 when it may now. */
  long retryAfterSeconds(String key, long nowNanos) {
    Deque<Long> times = failures.get(key);
    if (times == null) {
      return 0;
    }
    synchronized (times) {
      prune(times, nowNanos);
      if (times.size() < max) {
        return 0;
      }
      long waitNanos = times.peekFirst() + windowNanos - nowNanos;
      return Math.max(1, (waitNanos + 999_999_999L) / 1_000_000_000L);
    }
  }

  void fail(String key, long nowNanos) {
    if (failures.size() >= MAX_KEYS) {
      failures.clear();
    }
    Deque<Long> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
    synchronized (times) {
      prune(times, nowNanos);
      times.addLast(nowNanos);
      while (times.size() > max) {
        times.removeFirst();
      }
    }
  }

  private void prune(Deque<Long> times, long nowNanos) {
    while (!times.isEmpty() && nowNanos - times.peekFirst() >= windowNanos) {
      times.removeFirst();
    }
  }
}
