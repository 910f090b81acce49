package org.casefunnel.funnel;

import static org.casefunnel.TestDocuments.map;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Map;
import org.casefunnel.TestDocuments;
import org.casefunnel.support.TestAuth;
import org.junit.jupiter.api.Test;

/**
 * A strong ETag is unique over time (RFC 9110 section 8.8.3): the tag an editor kept of a resource
 * that was deleted never names the one created again under the same key, so If-Match with it is a
 * 412, not an overwrite of someone else's resource.
 */
@QuarkusTest
class TagsAfterRecreationTest {

  private static final String PROBLEM = "application/problem+json";
  private static final String MERGE_PATCH = "application/merge-patch+json";

  @Test
  void aStageTagKeptAcrossDeleteAndRecreateIsStale() {
    TestDocuments.ensureImported(TestDocuments.valid("tags-recreated-stage"));
    String stages = "/api/funnels/tags-recreated-stage/stages";
    String stage = stages + "/tmp";

    // Alice creates, edits and deletes the stage, keeping her last tag
    String created = createStage(stages, "First");
    String alice = patchLabel(stage, created, "Second").header("ETag");
    TestAuth.asEditor().header("If-Match", alice).delete(stage).then().statusCode(204);

    // Bob creates it again and edits it as often
    String bobCreated = createStage(stages, "Bob's");
    String bob = patchLabel(stage, bobCreated, "Bob's edit").header("ETag");

    expectStale(
        TestAuth.asEditor()
            .contentType(MERGE_PATCH)
            .header("If-Match", alice)
            .body("{\"label\": \"Alice's\"}")
            .patch(stage));
    expectStale(TestAuth.asEditor().header("If-Match", alice).delete(stage));
    TestAuth.anonymous()
        .get(stage)
        .then()
        .statusCode(200)
        .contentType(ContentType.JSON)
        .body("label", equalTo("Bob's edit"));
    // Bob's own tag still works
    patchLabel(stage, bob, "Bob's second edit");
  }

  @Test
  void aFunnelTagKeptAcrossDeleteAndReimportIsStale() {
    Map<String, Object> doc = TestDocuments.valid("tags-reimported-funnel");
    TestDocuments.ensureImported(doc);
    String funnel = "/api/funnels/tags-reimported-funnel";

    String alice = patchTitle(funnel, TestAuth.etag(funnel), "Alice's title").header("ETag");
    String aliceRead = TestAuth.etag(funnel);
    TestAuth.asEditor().header("If-Match", alice).delete(funnel).then().statusCode(204);

    TestAuth.asEditor()
        .contentType(ContentType.JSON)
        .body(doc)
        .post("/api/funnel-documents")
        .then()
        .statusCode(201);
    patchTitle(funnel, TestAuth.etag(funnel), "Bob's title");

    for (String kept : new String[] {alice, aliceRead}) {
      expectStale(
          TestAuth.asEditor()
              .contentType(MERGE_PATCH)
              .header("If-Match", kept)
              .body("{\"title\": \"Alice's again\"}")
              .patch(funnel));
      expectStale(TestAuth.asEditor().header("If-Match", kept).delete(funnel));
    }
    TestAuth.anonymous()
        .get(funnel)
        .then()
        .statusCode(200)
        .contentType(ContentType.JSON)
        .body("title", equalTo("Bob's title"));
  }

  private static String createStage(String stages, String label) {
    return TestAuth.asEditor()
        .contentType(ContentType.JSON)
        .body(map("key", "tmp", "label", label))
        .post(stages)
        .then()
        .statusCode(201)
        .extract()
        .header("ETag");
  }

  private static Response patchLabel(String stage, String ifMatch, String label) {
    Response r =
        TestAuth.asEditor()
            .contentType(MERGE_PATCH)
            .header("If-Match", ifMatch)
            .body("{\"label\": \"" + label + "\"}")
            .patch(stage);
    r.then().statusCode(200).contentType(ContentType.JSON).body("label", equalTo(label));
    return r;
  }

  private static Response patchTitle(String funnel, String ifMatch, String title) {
    Response r =
        TestAuth.asEditor()
            .contentType(MERGE_PATCH)
            .header("If-Match", ifMatch)
            .body("{\"title\": \"" + title + "\"}")
            .patch(funnel);
    r.then().statusCode(200).contentType(ContentType.JSON).body("title", equalTo(title));
    return r;
  }

  private static void expectStale(Response r) {
    r.then()
        .statusCode(412)
        .contentType(PROBLEM)
        .body("type", equalTo("urn:case-funnel:problem:precondition-failed"))
        .body("title", equalTo("Precondition failed"))
        .body("status", equalTo(412));
  }
}
