package org.casefunnel.figure;

import static org.casefunnel.TestDocuments.list;
import static org.casefunnel.TestDocuments.map;
import static org.casefunnel.support.TestAuth.asEditor;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.casefunnel.TestDocuments;
import org.casefunnel.support.TestAuth;

/**
 * What the competing-figure and rank tests share: the test funnel with a second source whose
 * speaker gives another number for 'reviewed', that figure, and the requests that read and rank.
 */
final class CompetingFigures {

  private static final String INSPECTORATE_TEXT =
      "The inspectorate found that 100 cases had been reviewed by January.";

  private CompetingFigures() {}

  /** The test funnel plus a second source in which another speaker gives another number. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> document(String id) {
    Map<String, Object> doc = TestDocuments.valid(id);
    List<Object> sources = new ArrayList<>((List<Object>) doc.get("sources"));
    sources.add(
        map(
            "id", "s9",
            "title", "Inspection report",
            "publisher", "HM Inspectorate",
            "url", "https://example.org/inspection",
            "text", INSPECTORATE_TEXT));
    doc.put("sources", sources);
    List<Object> statements = new ArrayList<>((List<Object>) doc.get("statements"));
    statements.add(
        map(
            "id", "st9",
            "sourceId", "s9",
            "speaker", "Chief Inspector Smith",
            "kind", "paraphrase",
            "quote", INSPECTORATE_TEXT));
    doc.put("statements", statements);
    return doc;
  }

  static Map<String, Object> inspectorateFigure() {
    return map(
        "stage", "reviewed",
        "count", 100,
        "status", "reported",
        "asOf", "2026-01-12",
        "wording", "100 cases had been reviewed",
        "statementIds", list("st9"));
  }

  static long forceFigure(String funnel) {
    return ((Number)
            asEditor()
                .get("/api/funnels/" + funnel + "/stages/reviewed/figures")
                .then()
                .extract()
                .path("find { it.count == 120 }.id"))
        .longValue();
  }

  static long addInspectorateFigure(String funnel) {
    return ((Number)
            asEditor()
                .contentType(ContentType.JSON)
                .body(inspectorateFigure())
                .post("/api/funnels/" + funnel + "/stages/reviewed/figures")
                .then()
                .statusCode(201)
                .body("current", equalTo(true))
                .body("rank", equalTo("normal"))
                .body("supersedes", nullValue())
                .extract()
                .path("id"))
        .longValue();
  }

  static JsonPath statistics(String funnel) {
    return asEditor()
        .get("/api/funnels/" + funnel + "/statistics")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  static String conflictWarning(JsonPath stats) {
    return stats.getString("warnings.find { it.code == 'conflicting_figures' }.message");
  }

  static io.restassured.response.ValidatableResponse rank(long figure, String rank, String reason) {
    return asEditor()
        .contentType(ContentType.JSON)
        .header("If-Match", TestAuth.etag("/api/figures/" + figure))
        .body(map("rank", rank, "rankReason", reason))
        .put("/api/figures/" + figure + "/rank")
        .then();
  }
}
