package org.casefunnel.figure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casefunnel.figure.FeedDashboard.addFigure;
import static org.casefunnel.figure.FeedDashboard.all;
import static org.casefunnel.figure.FeedDashboard.head;
import static org.casefunnel.figure.FeedDashboard.keys;
import static org.casefunnel.figure.FeedDashboard.page;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.casefunnel.TestDocuments;
import org.junit.jupiter.api.Test;

/**
 * The changes feed's cursor neither skips nor repeats a change, also while other funnels are
 * written concurrently, gives the same changes one page at a time as all at once, and a cursor of
 * the earlier time-ordered feed still resumes after what it had passed.
 */
@QuarkusTest
class ChangesFeedCursorTest {

  @Test
  void theCursorNeitherSkipsNorRepeatsAChangeUnderConcurrentWrites() throws Exception {
    List<String> funnels = List.of("feed-race-a", "feed-race-b", "feed-race-c", "feed-race-d");
    funnels.forEach(f -> TestDocuments.ensureImported(TestDocuments.valid(f)));
    String start = head(null);

    ExecutorService pool = Executors.newFixedThreadPool(funnels.size() + 1);
    AtomicBoolean writing = new AtomicBoolean(true);
    try {
      // a dashboard polls the whole feed in small pages while four funnels are written at once
      Future<List<Map<String, Object>>> poller =
          pool.submit(
              () -> {
                List<Map<String, Object>> seen = new ArrayList<>();
                String cursor = start;
                boolean last = false;
                while (true) {
                  JsonPath p = page(null, cursor, null, 3);
                  seen.addAll(p.getList("items"));
                  cursor = p.getString("next");
                  if (!p.getBoolean("more")) {
                    if (last) {
                      return seen;
                    }
                    last = !writing.get();
                  }
                }
              });
      List<Future<?>> writers = new ArrayList<>();
      for (String f : funnels) {
        writers.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < 6; i++) {
                    addFigure(f, "reviewed", 200 + i);
                  }
                }));
      }
      for (Future<?> w : writers) {
        w.get();
      }
      writing.set(false);
      List<Map<String, Object>> polled = poller.get();

      // the figures are as they are now, so the changes are compared without them
      List<String> keys = keys(polled);
      assertThat(keys).isEqualTo(keys(all(null, start, 500)));
      assertThat(new HashSet<>(keys)).hasSameSizeAs(keys);
      for (String f : funnels) {
        List<String> ofFunnel =
            polled.stream()
                .filter(c -> f.equals(c.get("funnelId")))
                .map(c -> (String) c.get("change"))
                .toList();
        // six additions, each superseding the figure before it
        assertThat(ofFunnel).hasSize(12);
        assertThat(ofFunnel.stream().filter("added"::equals)).hasSize(6);
      }
      // one page at a time or all at once: the same changes in the same order
      for (String f : funnels) {
        assertThat(keys(all(f, null, 1))).isEqualTo(keys(all(f, null, 500)));
      }
    } finally {
      writing.set(false);
      pool.shutdownNow();
    }
  }

  @Test
  void aCursorOfTheTimeOrderedFeedStillResumesAfterWhatItHadPassed() {
    String funnel = "feed-legacy";
    TestDocuments.ensureImported(TestDocuments.valid(funnel));
    JsonPath first = page(funnel, null, null, 100);
    // the cursor the feed gave before it had positions: (time, kind, figure id) of the last change
    String legacy =
        java.util.Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(
                (first.getString("items[1].at") + "~0~" + first.getLong("items[1].figureId"))
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    JsonPath resumed = page(funnel, legacy, null, 100);
    assertThat(keys(resumed.getList("items")))
        .isEqualTo(keys(first.getList("items")).subList(2, first.getList("items").size()));
  }
}
