package org.casefunnel.common.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResponseCacheTest {

  private static ResponseCache.Entry body(int size) {
    return new ResponseCache.Entry(
        "application/json", Map.of("Link", List.of("<x>")), new byte[size]);
  }

  @Test
  void returnsWhatWasStoredUnderTheKey() {
    ResponseCache cache = new ResponseCache(1_000_000);
    ResponseCache.Entry e = body(10);
    cache.put("funnel-a|v1|x", e);

    assertThat(cache.get("funnel-a|v1|x")).isSameAs(e);
    assertThat(cache.get("funnel-a|v2|x")).isNull();
  }

  @Test
  void staysWithinItsBytesDroppingTheLeastRecentlyUsed() {
    ResponseCache cache = new ResponseCache(10 * (1000 + 512));
    for (int i = 0; i < 10; i++) {
      cache.put("k" + i, body(1000));
    }
    cache.get("k0"); // k0 is now the most recently used
    cache.put("k10", body(1000));

    assertThat(cache.bytes()).isLessThanOrEqualTo(10 * (1000 + 512));
    assertThat(cache.get("k1")).isNull();
    assertThat(cache.get("k0")).isNotNull();
    assertThat(cache.get("k10")).isNotNull();
  }

  @Test
  void replacingAnEntryCountsOnlyTheNewBody() {
    ResponseCache cache = new ResponseCache(1_000_000);
    cache.put("k", body(1000));
    cache.put("k", body(2000));

    assertThat(cache.size()).isEqualTo(1);
    assertThat(cache.bytes()).isEqualTo(2000 + 512);
  }

  @Test
  void keepsNothingWhenTurnedOffOrTheBodyIsHuge() {
    ResponseCache off = new ResponseCache(0);
    off.put("k", body(1));
    assertThat(off.get("k")).isNull();

    ResponseCache small = new ResponseCache(4000);
    small.put("big", body(2000));
    assertThat(small.get("big")).isNull();
  }
}
