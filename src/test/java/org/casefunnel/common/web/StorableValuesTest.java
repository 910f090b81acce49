package org.casefunnel.common.web;

import static org.casefunnel.support.TestAuth.asEditor;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.casefunnel.TestDocuments;
import org.junit.jupiter.api.Test;

/**
 * Values H2 would store but PostgreSQL refuses (NUL, years beyond four digits) are problems on
 * every database, so the contract does not depend on which one runs underneath.
 */
@QuarkusTest
class StorableValuesTest {

  @Test
  @SuppressWarnings("unchecked")
  void rejectsDocumentDateBeyondYear9999WithPointer() {
    Map<String, Object> doc = TestDocuments.valid("storable-date-far");
    ((List<Map<String, Object>>) doc.get("figures")).get(0).put("asOf", "+10000-01-01");

    asEditor()
        .contentType("application/json")
        .body(doc)
        .post("/api/funnel-documents")
        .then()
        .statusCode(400)
        .contentType(startsWith("application/problem+json"))
        .body("type", equalTo("urn:case-funnel:problem:malformed-request"))
        .body("errors.pointer", hasItem("/figures/0/asOf"));
    asEditor().get("/api/funnels/storable-date-far").then().statusCode(404);
  }

  @Test
  @SuppressWarnings("unchecked")
  void rejectsDocumentDateGivenAsHugeEpochDay() {
    Map<String, Object> doc = TestDocuments.valid("storable-date-epoch");
    ((List<Map<String, Object>>) doc.get("figures")).get(0).put("asOf", Long.MAX_VALUE);

    asEditor()
        .contentType("application/json")
        .body(doc)
        .post("/api/funnel-documents")
        .then()
        .statusCode(400)
        .body("errors.pointer", hasItem("/figures/0/asOf"));
  }

  @Test
  void acceptsFourDigitYearsAtTheEdges() {
    asEditor()
        .queryParam("asOf", "9999-12-31")
        .get("/api/funnels/met-group-cse-review")
        .then()
        .statusCode(200);
  }

  @Test
  void rejectsAsOfQueryBeyondYear9999() {
    asEditor()
        .queryParam("asOf", "+10000-01-01")
        .get("/api/funnels/met-group-cse-review")
        .then()
        .statusCode(400)
        .contentType(startsWith("application/problem+json"))
        .body("type", equalTo("urn:case-funnel:problem:invalid-parameter"))
        .body("errors.pointer", hasItem("asOf"));
  }

  @Test
  void rejectsNulInPathBeforeAnyLookup() {
    asEditor()
        .urlEncodingEnabled(false)
        .get("/api/funnels/a%00b/stages/x%00")
        .then()
        .statusCode(400)
        .contentType(startsWith("application/problem+json"))
        .body("type", equalTo("urn:case-funnel:problem:invalid-parameter"))
        .body("errors.pointer", hasItem("path"));
  }

  @Test
  void rejectsNulInQueryValue() {
    asEditor()
        .urlEncodingEnabled(false)
        .get("/api/funnels?organisation=a%00b")
        .then()
        .statusCode(400)
        .body("errors.pointer", hasItem("organisation"));
  }
}
