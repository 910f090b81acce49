package org.casefunnel.reconciliation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.casefunnel.support.TestAuth;
import org.junit.jupiter.api.Test;

/** A black-box tester's text: "24/7" is a schedule, never a figure of the ready patch. */
@QuarkusTest
class ReconciliationRefusedNumbersTest {

  private static final String TESTERS_TEXT =
      "The Met said on 5 March 2026 that 9,500 cases had been identified, 3,000 reviewed, and"
          + " about 1,500 remained in scope. It expects 24/7 monitoring.";

  @Test
  void aScheduleWrittenTwentyFourSlashSevenIsNeitherReadNorPatchedNorApplied() {
    String id = ReconciliationEvaluationTest.importFunnel(EvaluationSet.seed(), "recon-slash");
    JsonPath answer = Reconciliations.of(id, "met-24-7", "Met review: monitoring", TESTERS_TEXT);

    assertThat(answer.getList("quantities.wording", String.class))
        .doesNotContain("24", "7", "24/7")
        .allSatisfy(w -> assertThat(w).doesNotContain("24", "/"));
    assertThat(answer.getList("patch.figures.count")).doesNotContain(24, 7);
    assertThat(answer.getList("patch.figures.wording", String.class))
        .allSatisfy(w -> assertThat(w).doesNotContain("24", "/7"));
    assertThat(answer.getList("patch.figures.stage")).doesNotContain("reinvestigation_expected");

    TestAuth.asEditor()
        .contentType(ContentType.JSON)
        .header("If-Match", answer.getString("ifMatch"))
        .body(answer.getMap("patch"))
        .post("/api/funnels/" + id + "/document-patches")
        .then()
        .statusCode(200);
    given()
        .get("/api/funnels/" + id + "/statistics")
        .then()
        .statusCode(200)
        .body("stages.find { it.key == 'reinvestigation_expected' }.value.low", not(24))
        .body("stages.find { it.key == 'reinvestigation_expected' }.value.low", not(7));
  }
}
