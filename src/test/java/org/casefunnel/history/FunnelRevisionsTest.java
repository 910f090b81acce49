package org.casefunnel.history;

import static io.restassured.RestAssured.given;
import static org.casefunnel.TestDocuments.map;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.casefunnel.TestDocuments;
import org.casefunnel.support.TestAuth;
import org.junit.jupiter.api.Test;

/**
 * A change of a resource inside a funnel is a revision of the funnel too: the same revision, by the
 * same author, as the resource's own history shows (docs/security.md, audit history).
 */
@QuarkusTest
class FunnelRevisionsTest {

  private static final String FUNNEL = "/api/funnels/history-rev";

  @Test
  void aRankAndAStageRenameAreRevisionsOfTheFunnel() {
    TestDocuments.ensureImported(TestDocuments.valid("history-rev"));
    String figure = "/api/figures/" + given().get(FUNNEL + "/stages/in_scope").path("figure.id");

    asEditor2()
        .contentType(ContentType.JSON)
        .header("If-Match", TestAuth.etag(figure))
        .body(map("rank", "preferred", "rankReason", "Counted case by case"))
        .put(figure + "/rank")
        .then()
        .statusCode(200)
        .contentType(ContentType.JSON)
        .body("rank", equalTo("preferred"));
    TestAuth.asEditor()
        .contentType("application/merge-patch+json")
        .header("If-Match", TestAuth.etag(FUNNEL + "/stages/in_scope"))
        .body(map("key", "in_scope2"))
        .patch(FUNNEL + "/stages/in_scope")
        .then()
        .statusCode(200)
        .contentType(ContentType.JSON)
        .body("key", equalTo("in_scope2"));

    int ranked = TestAuth.asEditor().get(figure + "/history").path("[-1].revision");
    int renamed =
        TestAuth.asEditor().get(FUNNEL + "/stages/in_scope2/history").path("[-1].revision");
    TestAuth.asEditor()
        .get(FUNNEL + "/history")
        .then()
        .statusCode(200)
        .contentType(ContentType.JSON)
        .body("change", contains("created", "updated", "updated"))
        .body("revision[1]", equalTo(ranked))
        .body("revision[2]", equalTo(renamed))
        .body("by", contains(TestAuth.EDITOR, TestAuth.EDITOR2, TestAuth.EDITOR))
        .body("[2].state.id", equalTo("history-rev"));
    // other readers see the pseudonym, as for every revision
    TestAuth.asReader()
        .get(FUNNEL + "/history")
        .then()
        .statusCode(200)
        .contentType(ContentType.JSON)
        .body("by", contains("editor", "editor", "editor"));
  }

  private static RequestSpecification asEditor2() {
    return given().auth().preemptive().basic(TestAuth.EDITOR2, TestAuth.EDITOR2_PASSWORD);
  }
}
