package org.casefunnel.analysis;

import static org.casefunnel.TestDocuments.part;
import static org.casefunnel.support.TestAuth.asEditor;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.casefunnel.TestDocuments;
import org.junit.jupiter.api.Test;

/** The roll-up judges its sums by the same warning rules as one funnel's statistics. */
@QuarkusTest
class RollupWarningsTest {

  @SuppressWarnings("unchecked")
  private static Map<String, Object> member(String id, String programme) {
    Map<String, Object> doc = TestDocuments.valid(id);
    ((Map<String, Object>) doc.get("funnel")).put("programme", programme);
    return doc;
  }

  private static void importDoc(Map<String, Object> doc) {
    asEditor()
        .contentType(ContentType.JSON)
        .body(doc)
        .post("/api/funnel-documents")
        .then()
        .statusCode(201);
  }

  @Test
  void aSummedStageAboveItsSummedBaseOnASmallBaseIsWarnedAndNoted() {
    String programme = "Rollup warnings programme";
    Map<String, Object> a = member("rw-a", programme);
    part(a, "figures", 1).put("count", 4); // reviewed
    part(a, "figures", 2).put("count", 40); // in scope, above its base
    Map<String, Object> b = member("rw-b", programme);
    part(b, "figures", 1).put("count", 2);
    part(b, "figures", 2).put("count", 34);
    importDoc(a);
    importDoc(b);

    // the funnel warns on its own figures
    asEditor()
        .get("/api/funnels/rw-a/statistics")
        .then()
        .statusCode(200)
        .body("warnings.code", hasItem("stage_exceeds_base"));

    asEditor()
        .get("/api/programmes/" + programme + "/statistics")
        .then()
        .statusCode(200)
        .contentType(ContentType.JSON)
        .body(
            "warnings.findAll { it.stage == 'in_scope' }.code",
            equalTo(List.of("stage_exceeds_base", "small_denominator")))
        .body(
            "warnings.find { it.code == 'stage_exceeds_base' }.message",
            equalTo(
                "'in_scope' (74) is larger than its base 'reviewed' (6), which it should be a"
                    + " subset of; the figures are kept as given. Judged on the figures summed"
                    + " over the funnels [rw-a, rw-b]."))
        .body(
            "warnings.find { it.code == 'small_denominator' }.message",
            equalTo(
                "The conversion of 'in_scope' rests on a base of 6, under 30: the proportion can"
                    + " move a lot with one case. Judged on the figures summed over the funnels"
                    + " [rw-a, rw-b]."))
        .body(
            "stages.find { it.key == 'in_scope' }.notes",
            hasItem(
                "The conversion is above 100%: the stage is larger than its base 'reviewed', which"
                    + " it should be a subset of (see the warning stage_exceeds_base); the ratio"
                    + " is given as it is, not capped."))
        // the total sums figures each funnel flags itself, and says so
        .body(
            "stages.find { it.key == 'in_scope' }.notes",
            hasItem(
                allOf(
                    startsWith(
                        "The total of 'in_scope' sums figures of funnels that warn about this"
                            + " stage: rw-a ("),
                    containsString("stage_exceeds_base"),
                    containsString("; rw-b ("),
                    endsWith(" (see each funnel's statistics)."))));
  }

  @Test
  @SuppressWarnings("unchecked")
  void aStageWithNoFigureInAnyFunnelSaysThereIsNoTotal() {
    String programme = "Rollup no figure programme";
    Map<String, Object> a = member("rw-none-a", programme);
    Map<String, Object> b = member("rw-none-b", programme);
    for (Map<String, Object> doc : List.of(a, b)) {
      ((List<Object>) doc.get("figures")).remove(3); // reinvestigation
    }
    importDoc(a);
    importDoc(b);

    asEditor()
        .get("/api/programmes/" + programme + "/statistics")
        .then()
        .statusCode(200)
        .body(
            "stages.find { it.key == 'reinvestigation' }.notes",
            equalTo(
                List.of(
                    "None of the programme's funnels [rw-none-a, rw-none-b] has a figure for"
                        + " 'reinvestigation', so there is no total.")));
  }

  @Test
  @SuppressWarnings("unchecked")
  void aFunnelWithoutTheStageIsToldApartFromOneWhoseStageHasNoFigure() {
    String programme = "Rollup no stage programme";
    Map<String, Object> a = member("rw-nostage-a", programme);
    Map<String, Object> b = member("rw-nostage-b", programme);
    ((List<Object>) b.get("figures")).remove(3); // reinvestigation
    ((List<Object>) b.get("stages")).remove(3);
    importDoc(a);
    importDoc(b);

    asEditor()
        .get("/api/programmes/" + programme + "/statistics")
        .then()
        .statusCode(200)
        .body(
            "stages.find { it.key == 'reinvestigation' }.notes",
            hasItem(
                "'reinvestigation' is not a stage of [rw-nostage-b]; the total covers the"
                    + " others."));
  }
}
