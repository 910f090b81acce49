package org.casefunnel.model;

import static io.restassured.RestAssured.given;
import static org.casefunnel.TestDocuments.map;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.casefunnel.TestDocuments;
import org.casefunnel.support.TestAuth;
import org.junit.jupiter.api.Test;

/** Keys name resources in URLs, so a key is one plain path segment and never a dot segment. */
@QuarkusTest
class KeysTest {

  private static final String PROBLEM = "application/problem+json";
  private static final List<String> NOT_A_SEGMENT = List.of(".", "..", ".hidden", "a/b", "a%2Fb");

  @Test
  void stageStatementAndSourceKeysThatAreNotAPlainSegmentAre422AtTheKey() {
    TestDocuments.ensureImported(TestDocuments.valid("keys-a"));
    String api = "/api/funnels/keys-a";
    for (String key : NOT_A_SEGMENT) {
      refused(api + "/stages", map("key", key, "label", "Bad"), "/key");
      refused(
          api + "/sources",
          map("id", key, "title", "Bad", "publisher", "Nobody", "url", null),
          "/id");
      refused(
          api + "/statements",
          map(
              "id", key,
              "sourceId", "s1",
              "speaker", "Jane Doe",
              "kind", "reported_speech",
              "quote", "500 cases"),
          "/id");
    }
  }

  @Test
  void anImportWithADotSegmentKeyStoresNothing() {
    Map<String, Object> doc = TestDocuments.valid("keys-import");
    TestDocuments.part(doc, "stages", 2).put("key", "..");
    TestAuth.asEditor()
        .contentType(ContentType.JSON)
        .body(doc)
        .post("/api/funnel-documents")
        .then()
        .statusCode(422)
        .contentType(PROBLEM)
        .body("errors.pointer", hasItem("/stages/2/key"));
    given().get("/api/funnels/keys-import").then().statusCode(404);
  }

  @Test
  void aDotSegmentInThePathIsRefusedAndDeletesNothing() {
    TestDocuments.ensureImported(TestDocuments.valid("keys-b"));
    String tag = TestAuth.etag("/api/funnels/keys-b");
    for (String segment : List.of("%2e%2e", "%2E%2E", "..", "%2e")) {
      TestAuth.asEditor()
          .urlEncodingEnabled(false)
          .header("If-Match", tag)
          .delete("/api/funnels/keys-b/stages/" + segment)
          .then()
          .statusCode(400)
          .contentType(PROBLEM)
          .body("type", equalTo("urn:case-funnel:problem:malformed-request"));
    }
    given().get("/api/funnels/keys-b").then().statusCode(200).header("ETag", tag);
  }

  private static void refused(String path, Map<String, Object> body, String pointer) {
    TestAuth.asEditor()
        .contentType(ContentType.JSON)
        .body(body)
        .post(path)
        .then()
        .statusCode(422)
        .contentType(PROBLEM)
        .body("type", equalTo("urn:case-funnel:problem:validation-failed"))
        .body("errors.pointer", hasItem(pointer));
  }
}
