package org.casefunnel.statement;

import static org.casefunnel.TestDocuments.map;
import static org.casefunnel.support.TestAuth.asEditor;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.casefunnel.TestDocuments;
import org.casefunnel.support.TestAuth;
import org.junit.jupiter.api.Test;

/** Statements and sources addressed by the keys their funnel cites them by. */
@QuarkusTest
class KeyRoutesTest {

  private static final String PROBLEM = "application/problem+json";

  private static String imported(String id) {
    TestDocuments.ensureImported(TestDocuments.valid(id));
    return "/api/funnels/" + id;
  }

  @Test
  void statementByKeyIsTheStatementOfItsNumericRoute() {
    String api = imported("keys-read");
    int id = asEditor().get(api + "/statements/st1").then().extract().path("id");

    asEditor()
        .get(api + "/statements/st1")
        .then()
        .statusCode(200)
        .contentType(ContentType.JSON)
        .header("ETag", not(equalTo(null)))
        .body("key", equalTo("st1"))
        .body("speaker", equalTo("Jane Doe"))
        .body("id", equalTo(id));
    asEditor().get("/api/statements/" + id).then().statusCode(200).body("key", equalTo("st1"));
  }

  @Test
  void usesAreReachableByKey() {
    String api = imported("keys-uses");

    asEditor()
        .get(api + "/statements/st1/uses")
        .then()
        .statusCode(200)
        .contentType(ContentType.JSON)
        .body("statement.key", equalTo("st1"))
        .body("definitions", hasSize(1))
        .body("definitions[0].stage", equalTo("identified"));
  }

  @Test
  void unknownKeyOrFunnelIsA404Problem() {
    String api = imported("keys-missing");

    asEditor()
        .get(api + "/statements/st-none")
        .then()
        .statusCode(404)
        .contentType(PROBLEM)
        .body("type", equalTo("urn:case-funnel:problem:not-found"));
    asEditor()
        .get("/api/funnels/keys-no-such-funnel/sources/s1")
        .then()
        .statusCode(404)
        .contentType(PROBLEM)
        .body("type", equalTo("urn:case-funnel:problem:not-found"));
  }

  @Test
  void statementPutByKeyNeedsIfMatchAndMayRename() {
    String api = imported("keys-put");
    Map<String, Object> body = TestDocuments.part(TestDocuments.valid("keys-put"), "statements", 1);
    body = new java.util.LinkedHashMap<>(body);
    body.put("id", "st-perhaps");
    String tag = TestAuth.etag(api + "/statements/st2");

    asEditor()
        .contentType(ContentType.JSON)
        .body(body)
        .put(api + "/statements/st2")
        .then()
        .statusCode(428)
        .contentType(PROBLEM)
        .body("type", equalTo("urn:case-funnel:problem:precondition-required"));
    asEditor()
        .contentType(ContentType.JSON)
        .header("If-Match", "\"stale\"")
        .body(body)
        .put(api + "/statements/st2")
        .then()
        .statusCode(412)
        .contentType(PROBLEM)
        .body("type", equalTo("urn:case-funnel:problem:precondition-failed"));
    asEditor()
        .contentType(ContentType.JSON)
        .header("If-Match", tag)
        .body(body)
        .put(api + "/statements/st2")
        .then()
        .statusCode(200)
        .contentType(ContentType.JSON)
        .header("ETag", not(equalTo(tag)))
        .body("key", equalTo("st-perhaps"));
    asEditor().get(api + "/statements/st2").then().statusCode(404);
    asEditor().get(api + "/statements/st-perhaps").then().statusCode(200);
  }

  @Test
  void statementDeleteByKeyRefusesWhatFiguresRestOnAndDeletesTheRest() {
    String api = imported("keys-delete");

    asEditor()
        .header("If-Match", TestAuth.etag(api + "/statements/st1"))
        .delete(api + "/statements/st1")
        .then()
        .statusCode(409)
        .contentType(PROBLEM)
        .body("type", equalTo("urn:case-funnel:problem:conflict"));
    asEditor()
        .contentType(ContentType.JSON)
        .body(
            map(
                "id", "st-spare",
                "sourceId", "s1",
                "speaker", "Jane Doe",
                "kind", "reported_speech",
                "quote", "500 cases were found"))
        .post(api + "/statements")
        .then()
        .statusCode(201);
    asEditor()
        .header("If-Match", TestAuth.etag(api + "/statements/st-spare"))
        .delete(api + "/statements/st-spare")
        .then()
        .statusCode(204);
    asEditor().get(api + "/statements/st-spare").then().statusCode(404);
  }

  @Test
  void sourceByKeyReadsUpdatesAndDeletes() {
    String api = imported("keys-source");
    asEditor()
        .get(api + "/sources/s1?text=false")
        .then()
        .statusCode(200)
        .contentType(ContentType.JSON)
        .body("key", equalTo("s1"))
        .body("text", equalTo(null));
    asEditor()
        .contentType(ContentType.JSON)
        .body(map("id", "s-spare", "title", "Spare", "publisher", "Radio"))
        .post(api + "/sources")
        .then()
        .statusCode(201);

    asEditor()
        .contentType(ContentType.JSON)
        .header("If-Match", TestAuth.etag(api + "/sources/s-spare"))
        .body(map("id", "s-spare", "title", "Spare, renamed", "publisher", "Radio"))
        .put(api + "/sources/s-spare")
        .then()
        .statusCode(200)
        .body("title", equalTo("Spare, renamed"));
    asEditor()
        .delete(api + "/sources/s-spare")
        .then()
        .statusCode(428)
        .contentType(PROBLEM)
        .body("type", equalTo("urn:case-funnel:problem:precondition-required"));
    asEditor()
        .header("If-Match", TestAuth.etag(api + "/sources/s-spare"))
        .delete(api + "/sources/s-spare")
        .then()
        .statusCode(204);
    asEditor()
        .header("If-Match", "\"gone\"")
        .delete(api + "/sources/s-spare")
        .then()
        .statusCode(412)
        .contentType(PROBLEM);
  }
}
