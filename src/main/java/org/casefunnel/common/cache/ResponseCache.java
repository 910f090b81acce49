package org.casefunnel.common.cache;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Serialized responses, keyed by everything that shapes them: the stamp of the data behind them
 * (funnel id, version and time of the last change, which every write raises) and the variant (path,
 * query, media type). A key never names two different bodies, so an entry never goes stale; a write
 * makes the next request ask for a new key. Bounded by the bytes it holds, dropping the least
 * recently used entries first.
 */
public final class ResponseCache {

  /** A response as sent: its media type, the headers the operation set, and the body. */
  public record Entry(String mediaType, Map<String, List<String>> headers, byte[] body) {
    long weight() {
      // body plus a rough allowance for the key, headers and objects
      return body.length + 512L;
    }
  }

  private final long maxBytes;
  private long bytes;
  private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>(256, 0.75f, true);

  public ResponseCache(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  public synchronized Entry get(String key) {
    return maxBytes <= 0 ? null : entries.get(key);
  }

  public synchronized void put(String key, Entry entry) {
    if (entry.weight() > maxBytes / 4) {
      return; // one huge body must not evict everything else
    }
    Entry old = entries.put(key, entry);
    bytes += entry.weight() - (old == null ? 0 : old.weight());
    var it = entries.values().iterator();
    while (bytes > maxBytes && it.hasNext()) {
      bytes -= it.next().weight();
      it.remove();
    }
  }

  public synchronized long bytes() {
    return bytes;
  }

  public synchronized int size() {
    return entries.size();
  }
}
