package org.casefunnel.figure;

import static org.casefunnel.TestDocuments.list;
import static org.casefunnel.TestDocuments.map;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.casefunnel.support.TestAuth;

/**
 * What the changes feed tests share: reading the feed page by page as an editor, the writes that
 * make changes, and a dashboard's state that applies the changes in order.
 */
final class FeedDashboard {

  private FeedDashboard() {}

  /** A page of the feed, asked for as an editor. */
  static JsonPath page(String funnel, String after, String since, int limit) {
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

  static String head(String funnel) {
    return page(funnel, null, "2999-01-01T00:00:00Z", 1).getString("next");
  }

  static long addFigure(String funnel, String stage, int count) {
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

  static String etag(String path) {
    return TestAuth.asEditor().get(path).then().statusCode(200).extract().header("ETag");
  }

  static void rank(long figure, String rank, String reason) {
    TestAuth.asEditor()
        .contentType(ContentType.JSON)
        .header("If-Match", etag("/api/figures/" + figure))
        .body(map("rank", rank, "rankReason", reason))
        .put("/api/figures/" + figure + "/rank")
        .then()
        .statusCode(200);
  }

  /** What a dashboard knows of each figure: whether it stands, and its rank. */
  record Known(boolean standing, String rank) {}

  /** Applies changes in order, as a dashboard following the feed does. */
  static void apply(Map<Long, Known> state, List<Map<String, Object>> items) {
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

  static Set<Long> current(Map<Long, Known> state) {
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
  static Set<Long> currentPerService(String funnel) {
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
  static List<Map<String, Object>> all(String funnel, String after, int limit) {
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

  static List<String> keys(List<Map<String, Object>> changes) {
    return changes.stream()
        .map(c -> c.get("change") + " " + c.get("figureId") + " " + c.get("at"))
        .toList();
  }
}
