package org.casefunnel.analysis;

import static org.casefunnel.TestDocuments.part;
import static org.casefunnel.support.TestAuth.asEditor;

import io.restassured.http.ContentType;
import java.util.Map;

/** Funnel documents imported for the statistics endpoint's tests. */
final class StatisticsDocuments {

  private StatisticsDocuments() {}

  static void importDoc(Map<String, Object> doc) {
    asEditor()
        .contentType(ContentType.JSON)
        .body(doc)
        .post("/api/funnel-documents")
        .then()
        .statusCode(201);
  }

  /** The expected reinvestigations are declared an estimate of the cases in scope. */
  static Map<String, Object> declaringEstimates(Map<String, Object> doc) {
    part(doc, "stages", 3).put("estimates", "in_scope");
    return doc;
  }
}
