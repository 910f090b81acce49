package org.casefunnel.statement;

import static org.casefunnel.TestDocuments.map;
import static org.casefunnel.support.TestAuth.asEditor;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.casefunnel.TestDocuments;
import org.casefunnel.support.TestAuth;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class StatementResourceTest {

  @BeforeEach
  void importFunnel() {
    TestDocuments.ensureImported(TestDocuments.valid("statements-a"));
  }

  @Test
  void rejectsQuoteMissingFromSource() {
    asEditor()
        .contentType(ContentType.JSON)
        .body(statement("st-new", "s1", "1,000 cases were found"))
        .post("/api/funnels/statements-a/statements")
        .then()
        .statusCode(422)
        .contentType("application/problem+json")
        .body("errors[0].pointer", equalTo("/quote"));
  }

  @Test
  void createsStatementWithItsQuotePosition() {
    int start = TestDocuments.TEXT.indexOf("120 were reviewed");
    asEditor()
        .contentType(ContentType.JSON)
        .body(statement("st-reviewed", "s1", "120 were reviewed"))
        .post("/api/funnels/statements-a/statements")
        .then()
        .statusCode(201)
        .body("selector.start", equalTo(start))
        .body("selector.end", equalTo(start + "120 were reviewed".length()))
        .body("selector.prefix", equalTo(TestDocuments.TEXT.substring(start - 32, start)))
        .body("madeOn", nullValue());
  }

  @Test
  void sourceWithoutTextAcceptsAnyQuoteAndSourceTextChangeMustKeepQuotes() {
    Map<String, Object> source =
        map("id", "s-notext", "title", "Broadcast interview", "publisher", "Radio");
    int sourceId =
        asEditor()
            .contentType(ContentType.JSON)
            .body(source)
            .post("/api/funnels/statements-a/sources")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    asEditor()
        .contentType(ContentType.JSON)
        .body(statement("st-radio", "s-notext", "about 300 cases"))
        .post("/api/funnels/statements-a/statements")
        .then()
        .statusCode(201)
        .body("selector", nullValue());
    source.put("text", "A transcript without the words.");
    asEditor()
        .contentType(ContentType.JSON)
        .body(source)
        .header("If-Match", TestAuth.etag("/api/sources/" + sourceId))
        .put("/api/sources/" + sourceId)
        .then()
        .statusCode(422)
        .body("errors[0].detail", containsString("st-radio"));
    source.put("text", "Presenter: how many? Chief: about   300 cases, we think.");
    asEditor()
        .contentType(ContentType.JSON)
        .body(source)
        .header("If-Match", TestAuth.etag("/api/sources/" + sourceId))
        .put("/api/sources/" + sourceId)
        .then()
        .statusCode(200);
    asEditor()
        .get("/api/funnels/statements-a/statements")
        .then()
        .body("find { it.key == 'st-radio' }.selector.exact", equalTo("about   300 cases"));
    asEditor()
        .header("If-Match", TestAuth.etag("/api/sources/" + sourceId))
        .delete("/api/sources/" + sourceId)
        .then()
        .statusCode(409);
  }

  @Test
  void rejectsStatementOfUnknownSourceAndUnknownKind() {
    asEditor()
        .contentType(ContentType.JSON)
        .body(statement("st-x", "s404", "anything"))
        .post("/api/funnels/statements-a/statements")
        .then()
        .statusCode(422)
        .body("errors[0].pointer", equalTo("/sourceId"));
    Map<String, Object> bad = statement("st-y", "s1", "120 were reviewed");
    bad.put("kind", "rumour");
    asEditor()
        .contentType(ContentType.JSON)
        .body(bad)
        .post("/api/funnels/statements-a/statements")
        .then()
        .statusCode(400)
        .body("errors[0].pointer", equalTo("/kind"));
  }

  private static Map<String, Object> statement(String id, String sourceId, String quote) {
    return map(
        "id",
        id,
        "sourceId",
        sourceId,
        "speaker",
        "Jane Doe",
        "kind",
        "reported_speech",
        "quote",
        quote);
  }
}
