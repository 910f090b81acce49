package org.casefunnel.funnel;

import static org.casefunnel.TestDocuments.map;
import static org.casefunnel.TestDocuments.part;
import static org.casefunnel.support.TestAuth.asEditor;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.casefunnel.TestDocuments;
import org.junit.jupiter.api.Test;

/**
 * The two links between stages, {@code baseStage} and {@code estimates}, follow one rule: a rename
 * carries both along, and a delete that would leave either naming nothing is refused with a 409
 * naming the stages that link to it. So a funnel never holds a link its own export cannot import.
 */
@QuarkusTest
class StageLinksTest {

  private static final String PROBLEM = "application/problem+json";

  /** A fresh funnel whose expected reinvestigations estimate the cases in scope. */
  private static String funnel(String id) {
    Map<String, Object> doc = TestDocuments.valid(id);
    part(doc, "stages", 3).put("estimates", "in_scope");
    TestDocuments.ensureImported(doc);
    return "/api/funnels/" + id;
  }

  private static void patch(String path, Map<String, Object> body, int status) {
    asEditor()
        .contentType("application/merge-patch+json")
        .header("If-Match", "*")
        .body(body)
        .patch(path)
        .then()
        .statusCode(status);
  }

  @Test
  void aRenameOfAnEstimatedStageCarriesTheEstimatesAlong() {
    String api = funnel("links-rename");

    patch(api + "/stages/in_scope", map("key", "in_scope_v2"), 200);

    asEditor()
        .get(api + "/stages/reinvestigation")
        .then()
        .body("estimates", equalTo("in_scope_v2"));
    // the dependent stage stays writable: a label-only patch is not refused for a dangling key
    patch(api + "/stages/reinvestigation", map("label", "Expected"), 200);
    asEditor()
        .get(api + "/statistics")
        .then()
        .statusCode(200)
        .body("stages.find { it.key == 'reinvestigation' }.estimates", equalTo("in_scope_v2"));
  }

  @Test
  void theExportOfAFunnelWithARenamedEstimatedStageImports() {
    String api = funnel("links-export");
    patch(api + "/stages/in_scope", map("key", "in_scope_v2"), 200);

    Map<String, Object> doc =
        asEditor().get(api + "/document").then().statusCode(200).extract().as(Map.class);
    @SuppressWarnings("unchecked")
    Map<String, Object> f = (Map<String, Object>) doc.get("funnel");
    f.put("id", "links-export-copy");

    asEditor()
        .contentType(ContentType.JSON)
        .body(doc)
        .post("/api/funnel-documents")
        .then()
        .statusCode(201);
    asEditor()
        .get("/api/funnels/links-export-copy/stages/reinvestigation")
        .then()
        .body("estimates", equalTo("in_scope_v2"));
  }

  @Test
  void aDeleteOfAnEstimatedStageIsRefusedNamingTheStageThatEstimatesIt() {
    String api = funnel("links-delete");

    asEditor()
        .header("If-Match", "*")
        .delete(api + "/stages/in_scope")
        .then()
        .statusCode(409)
        .contentType(PROBLEM)
        .body(
            "detail",
            equalTo(
                "Stage 'in_scope' is the base of, or is estimated by, stage(s)"
                    + " 'reinvestigation'; change those first."));
    asEditor().get(api + "/stages/in_scope").then().statusCode(200);
  }

  @Test
  void aDeleteOfABaseStageNamesEveryStageLinkingToIt() {
    String api = funnel("links-delete-base");

    asEditor()
        .header("If-Match", "*")
        .delete(api + "/stages/identified")
        .then()
        .statusCode(409)
        .contentType(PROBLEM)
        .body(
            "detail",
            equalTo(
                "Stage 'identified' is the base of, or is estimated by, stage(s) 'reviewed',"
                    + " 'reinvestigation'; change those first."));
  }

  @Test
  void onceNothingLinksToAStageItsDeleteGoesThrough() {
    String api = funnel("links-unlinked");
    patch(api + "/stages/reinvestigation", map("estimates", null), 200);

    asEditor().header("If-Match", "*").delete(api + "/stages/in_scope").then().statusCode(204);
  }
}
