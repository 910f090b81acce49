package org.casefunnel.reconciliation;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.LinkedHashMap;
import java.util.Map;
import org.casefunnel.support.TestAuth;

/** A reconciliation of one new source against a funnel, as an editor asks for it. */
final class Reconciliations {

  private Reconciliations() {}

  /** The answer (200) to reconciling a source of {@code text} with funnel {@code funnelId}. */
  static JsonPath of(String funnelId, String sourceId, String title, String text) {
    Map<String, Object> source = new LinkedHashMap<>();
    source.put("id", sourceId);
    source.put("title", title);
    source.put("publisher", "Invented News");
    source.put("text", text);
    return TestAuth.asEditor()
        .contentType(ContentType.JSON)
        .body(Map.of("source", source))
        .post("/api/funnels/" + funnelId + "/reconciliations")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }
}
