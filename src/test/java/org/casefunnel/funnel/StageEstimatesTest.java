package org.casefunnel.funnel;

import static org.casefunnel.TestDocuments.map;
import static org.casefunnel.TestDocuments.part;
import static org.casefunnel.support.TestAuth.asEditor;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.casefunnel.TestDocuments;
import org.casefunnel.support.TestAuth;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A stage's {@code estimates} names another stage of its funnel and makes no loop, on single writes
 * and imports alike; otherwise a 422 problem points at {@code /estimates}.
 */
@QuarkusTest
class StageEstimatesTest {

  private static final String PROBLEM = "application/problem+json";
  private static final String STAGE = "/api/funnels/estimates-a/stages/reinvestigation";

  @BeforeEach
  void importFunnel() {
    TestDocuments.ensureImported(TestDocuments.valid("estimates-a"));
  }

  private static Map<String, Object> reinvestigation(String estimates) {
    return map(
        "key",
        "reinvestigation",
        "label",
        "Expected reinvestigation",
        "baseStage",
        "identified",
        "estimates",
        estimates);
  }

  @Test
  void aPutNamingAnotherStageIsStoredAndOneNamingNoStageIsRejected() {
    asEditor()
        .contentType(ContentType.JSON)
        .header("If-Match", TestAuth.etag(STAGE))
        .body(reinvestigation("in_scope"))
        .put(STAGE)
        .then()
        .statusCode(200)
        .body("estimates", equalTo("in_scope"));
    asEditor()
        .contentType(ContentType.JSON)
        .header("If-Match", TestAuth.etag(STAGE))
        .body(reinvestigation("no_such_stage"))
        .put(STAGE)
        .then()
        .statusCode(422)
        .contentType(PROBLEM)
        .body("errors[0].pointer", equalTo("/estimates"))
        .body("errors[0].detail", equalTo("no stage has key 'no_such_stage'"));
  }

  @Test
  void aPatchMakingAStageEstimateItselfIsRejected() {
    asEditor()
        .contentType("application/merge-patch+json")
        .header("If-Match", TestAuth.etag(STAGE))
        .body(map("estimates", "reinvestigation"))
        .patch(STAGE)
        .then()
        .statusCode(422)
        .contentType(PROBLEM)
        .body("errors[0].pointer", equalTo("/estimates"))
        .body("errors[0].detail", equalTo("a stage cannot estimate itself"));
  }

  @Test
  void aNewStageClosingALoopOfEstimatesIsRejected() {
    asEditor()
        .contentType(ContentType.JSON)
        .header("If-Match", TestAuth.etag(STAGE))
        .body(reinvestigation("in_scope"))
        .put(STAGE)
        .then()
        .statusCode(200);
    String inScope = "/api/funnels/estimates-a/stages/in_scope";
    asEditor()
        .contentType("application/merge-patch+json")
        .header("If-Match", TestAuth.etag(inScope))
        .body(map("estimates", "reinvestigation"))
        .patch(inScope)
        .then()
        .statusCode(422)
        .contentType(PROBLEM)
        .body("errors[0].pointer", equalTo("/estimates"))
        .body("errors[0].detail", equalTo("estimates links loop back to stage 'in_scope'"));
    asEditor()
        .contentType(ContentType.JSON)
        .body(map("key", "other", "label", "Other", "estimates", "missing"))
        .post("/api/funnels/estimates-a/stages")
        .then()
        .statusCode(422)
        .body("errors[0].pointer", equalTo("/estimates"));
  }

  @Test
  void anImportPointsAtEachBadEstimates() {
    Map<String, Object> doc = TestDocuments.valid("estimates-bad");
    part(doc, "stages", 0).put("estimates", "identified");
    part(doc, "stages", 1).put("estimates", "nowhere");
    part(doc, "stages", 2).put("estimates", "reinvestigation");
    part(doc, "stages", 3).put("estimates", "in_scope");
    asEditor()
        .contentType(ContentType.JSON)
        .body(doc)
        .post("/api/funnel-documents")
        .then()
        .statusCode(422)
        .contentType(PROBLEM)
        .body("errors", hasSize(4))
        .body("errors[0].pointer", equalTo("/stages/0/estimates"))
        .body("errors[0].detail", equalTo("a stage cannot estimate itself"))
        .body("errors[1].pointer", equalTo("/stages/1/estimates"))
        .body("errors[1].detail", equalTo("no stage has key 'nowhere'"))
        .body("errors[2].pointer", equalTo("/stages/2/estimates"))
        .body("errors[2].detail", equalTo("estimates links loop back to stage 'in_scope'"))
        .body("errors[3].pointer", equalTo("/stages/3/estimates"));
  }
}
