package org.casefunnel.figure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casefunnel.TestDocuments.list;
import static org.casefunnel.TestDocuments.map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.casefunnel.TestDocuments;
import org.casefunnel.support.TestAuth;
import org.junit.jupiter.api.Test;

/**
 * The changes feed tells deletions and rank changes too: a dashboard that applies the changes after
 * its cursor, in order, ends with the figures that are current, and its cursor neither skips nor
 * repeats a change, also while other funnels are written concurrently.
 */
@QuarkusTest
class ChangesFeedEventsTest {

  /** A page of the feed, asked for as an editor. */
  private static JsonPath page(String funnel, String after, String since, int limit) {
    RequestSpecification request = TestAuth.asEditor().queryParam("limit", limit);
    if (funnel != null) {
      request.queryParam("funnel", funnel);
    }
    if (after != null) {
      request.queryParam("after", after);
    }
    if (since != null) {
      request.queryParam("since", since);
    }
    return request.get("/api/changes").then().statusCode(200).extract().jsonPath();
  }

  private static String head(String funnel) {
    return page(funnel, null, "2999-01-01T00:00:00Z", 1).getString("next");
  }

  private static long addFigure(String funnel, String stage, int count) {
    return ((Number)
            TestAuth.asEditor()
                .contentType(ContentType.JSON)
                .body(
                    map(
                        "stage",
                        stage,
                        "count",
                        count,
                        "status",
                        "provisional",
                        "wording",
                        count + " " + stage,
                        "statementIds",
                        list("st1")))
                .post("/api/funnels/" + funnel + "/stages/" + stage + "/figures")
                .then()
                .statusCode(201)
                .extract()
                .path("id"))
        .longValue();
  }

  private static String etag(String path) {
    return TestAuth.asEditor().get(path).then().statusCode(200).extract().header("ETag");
  }

  private static void rank(long figure, String rank, String reason) {
    TestAuth.asEditor()
        .contentType(ContentType.JSON)
        .header("If-Match", etag("/api/figures/" + figure))
        .body(map("rank", rank, "rankReason", reason))
        .put("/api/figures/" + figure + "/rank")
        .then()
        .statusCode(200);
  }

  /** What a dashboard knows of each figure: whether it stands, and its rank. */
  private record Known(boolean standing, String rank) {}

  /** Applies changes in order, as a dashboard following the feed does. */
  private static void apply(Map<Long, Known> state, List<Map<String, Object>> items) {
    for (Map<String, Object> c : items) {
      long id = ((Number) c.get("figureId")).longValue();
      String rank = (String) c.get("rank");
      Known k = state.get(id);
      switch ((String) c.get("change")) {
        case "added" -> state.put(id, new Known(true, rank));
        case "superseded" -> state.put(id, new Known(false, k.rank()));
        case "restored" -> state.put(id, new Known(true, k.rank()));
        case "ranked" -> state.put(id, new Known(k.standing(), rank));
        case "deleted" -> state.remove(id);
        default -> throw new AssertionError("unknown change " + c);
      }
    }
  }

  private static Set<Long> current(Map<Long, Known> state) {
    Set<Long> out = new HashSet<>();
    state.forEach(
        (id, k) -> {
          if (k.standing() && !"deprecated".equals(k.rank())) {
            out.add(id);
          }
        });
    return out;
  }

  /** The figures the service says are current, over every stage of the funnel. */
  private static Set<Long> currentPerService(String funnel) {
    Set<Long> out = new HashSet<>();
    for (String stage : List.of("identified", "reviewed", "in_scope", "reinvestigation")) {
      JsonPath figures =
          TestAuth.asEditor()
              .get("/api/funnels/" + funnel + "/stages/" + stage + "/figures")
              .then()
              .statusCode(200)
              .extract()
              .jsonPath();
      List<Number> ids = figures.getList("findAll { it.current }.id");
      ids.forEach(n -> out.add(n.longValue()));
    }
    return out;
  }

  /** Every change of a funnel from the start, followed page by page as a dashboard does. */
  private static List<Map<String, Object>> all(String funnel, String after, int limit) {
    List<Map<String, Object>> items = new ArrayList<>();
    String cursor = after;
    while (true) {
      JsonPath p = page(funnel, cursor, null, limit);
      items.addAll(p.getList("items"));
      cursor = p.getString("next");
      if (!p.getBoolean("more")) {
        return items;
      }
    }
  }

  private static List<String> keys(List<Map<String, Object>> changes) {
    return changes.stream()
        .map(c -> c.get("change") + " " + c.get("figureId") + " " + c.get("at"))
        .toList();
  }

  @Test
  void aDeletionIsADeletedChangeAndTheFiguresItHadSupersededAreRestored() {
    String funnel = "feed-delete";
    TestDocuments.ensureImported(TestDocuments.valid(funnel));
    Map<Long, Known> dashboard = new HashMap<>();
    JsonPath first = page(funnel, null, null, 100);
    apply(dashboard, first.getList("items"));
    long old = first.getLong("items.find { it.stage == 'reviewed' }.figureId");

    long added = addFigure(funnel, "reviewed", 140);
    JsonPath afterAdd = page(funnel, first.getString("next"), null, 100);
    assertThat(afterAdd.getList("items.change")).containsExactly("added", "superseded");
    assertThat(afterAdd.getList("items.figureId", Long.class)).containsExactly(added, old);
    assertThat(afterAdd.getString("items[0].by")).isEqualTo(TestAuth.EDITOR);
    apply(dashboard, afterAdd.getList("items"));
    assertThat(current(dashboard)).contains(added).doesNotContain(old);

    TestAuth.asEditor()
        .header("If-Match", etag("/api/figures/" + added))
        .delete("/api/figures/" + added)
        .then()
        .statusCode(204);

    JsonPath afterDelete = page(funnel, afterAdd.getString("next"), null, 100);
    assertThat(afterDelete.getList("items.change")).containsExactly("deleted", "restored");
    assertThat(afterDelete.getList("items.figureId", Long.class)).containsExactly(added, old);
    assertThat(afterDelete.getList("items.stage")).containsOnly("reviewed");
    assertThat(afterDelete.getList("items.funnelId")).containsOnly(funnel);
    assertThat(afterDelete.getList("items.by")).containsOnly(TestAuth.EDITOR);
    assertThat(afterDelete.get("items[0].figure") == null).isTrue();
    assertThat(afterDelete.getBoolean("items[1].figure.current")).isTrue();
    assertThat(afterDelete.getBoolean("more")).isFalse();
    apply(dashboard, afterDelete.getList("items"));
    assertThat(current(dashboard)).isEqualTo(currentPerService(funnel)).contains(old);

    // nothing new: the cursor stays
    JsonPath idle = page(funnel, afterDelete.getString("next"), null, 100);
    assertThat(idle.getList("items")).isEmpty();
    assertThat(idle.getString("next")).isEqualTo(afterDelete.getString("next"));
  }

  @Test
  void aRankChangeIsARankedChangeAndDeprecatingTheNewestRestoresWhatItSuperseded() {
    String funnel = "feed-rank";
    TestDocuments.ensureImported(TestDocuments.valid(funnel));
    Map<Long, Known> dashboard = new HashMap<>();
    JsonPath first = page(funnel, null, null, 100);
    apply(dashboard, first.getList("items"));
    long old = first.getLong("items.find { it.stage == 'reviewed' }.figureId");
    long added = addFigure(funnel, "reviewed", 140);
    JsonPath afterAdd = page(funnel, first.getString("next"), null, 100);
    apply(dashboard, afterAdd.getList("items"));

    rank(added, "deprecated", "Counted twice");
    JsonPath deprecated = page(funnel, afterAdd.getString("next"), null, 100);
    assertThat(deprecated.getList("items.change")).containsExactly("ranked", "restored");
    assertThat(deprecated.getList("items.figureId", Long.class)).containsExactly(added, old);
    assertThat(deprecated.getString("items[0].rank")).isEqualTo("deprecated");
    apply(dashboard, deprecated.getList("items"));
    assertThat(current(dashboard))
        .isEqualTo(currentPerService(funnel))
        .contains(old)
        .doesNotContain(added);

    rank(added, "normal", null);
    JsonPath normal = page(funnel, deprecated.getString("next"), null, 100);
    assertThat(normal.getList("items.change")).containsExactly("ranked", "superseded");
    assertThat(normal.getString("items[0].rank")).isEqualTo("normal");
    apply(dashboard, normal.getList("items"));
    assertThat(current(dashboard))
        .isEqualTo(currentPerService(funnel))
        .contains(added)
        .doesNotContain(old);
  }

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
  void deletingTheFunnelIsADeletedChangeForEachFigureAndItsFeedStillAnswers() {
    String funnel = "feed-funnel-gone";
    TestDocuments.ensureImported(TestDocuments.valid(funnel));
    JsonPath first = page(funnel, null, null, 100);
    List<Long> ids = first.getList("items.figureId", Long.class);
    TestAuth.asEditor()
        .header("If-Match", etag("/api/funnels/" + funnel))
        .delete("/api/funnels/" + funnel)
        .then()
        .statusCode(204);

    JsonPath gone = page(funnel, first.getString("next"), null, 100);
    assertThat(gone.getList("items.change")).containsOnly("deleted");
    assertThat(gone.getList("items.figureId", Long.class)).containsExactlyInAnyOrderElementsOf(ids);
    Map<Long, Known> dashboard = new HashMap<>();
    apply(dashboard, first.getList("items"));
    apply(dashboard, gone.getList("items"));
    assertThat(dashboard).isEmpty();
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
