package org.casefunnel.document;

import static org.casefunnel.TestDocuments.list;
import static org.casefunnel.TestDocuments.map;
import static org.casefunnel.TestDocuments.parts;
import static org.casefunnel.support.TestAuth.asEditor;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.casefunnel.TestDocuments;
import org.casefunnel.support.TestAuth;
import org.junit.jupiter.api.Test;

/**
 * A document figure's place in its stage's history (sequence and supersedes): restored as given,
 * worked out as before when absent, refused with pointers when it names no earlier figure of the
 * stage or goes backwards, and refused in create requests and patches, where the service numbers.
 */
@QuarkusTest
class FigurePlacesTest {

  /** The test funnel with two more figures of 'identified', June's then March's. */
  private static Map<String, Object> document(String id, Map<String, Object> june) {
    Map<String, Object> doc = TestDocuments.valid(id);
    List<Map<String, Object>> figures = parts(doc, "figures");
    figures.add(june);
    figures.add(
        map(
            "stage", "identified",
            "count", 450,
            "status", "reported",
            "asOf", "2026-03-01",
            "wording", "450 cases",
            "statementIds", list("st1")));
    return doc;
  }

  private static Map<String, Object> june() {
    return map(
        "stage", "identified",
        "count", 520,
        "status", "reported",
        "asOf", "2026-06-01",
        "wording", "520 cases",
        "statementIds", list("st1"));
  }

  private static ValidatableResponse imported(Object doc) {
    return asEditor().contentType(ContentType.JSON).body(doc).post("/api/funnel-documents").then();
  }

  private static ValidatableResponse identified(String funnel) {
    return asEditor().get("/api/funnels/" + funnel + "/stages/identified/figures").then();
  }

  @Test
  void aDocumentWithoutPlacesIsNumberedAndLinkedByTheRuleAsBefore() {
    imported(document("places-old", june())).statusCode(201);
    Number first = identified("places-old").extract().path("[0].id");
    identified("places-old")
        .statusCode(200)
        .body("sequence", equalTo(list(1, 2, 3)))
        // March, recorded after June but dated before it, is history filled in late
        .body("supersedes", equalTo(Arrays.asList(null, first.intValue(), null)))
        .body("current", equalTo(list(false, true, false)));
    asEditor()
        .get("/api/funnels/places-old/document")
        .then()
        .body("figures.findAll { it.stage == 'identified' }.sequence", equalTo(list(1, 2, 3)))
        .body(
            "figures.findAll { it.stage == 'identified' }.supersedes",
            equalTo(Arrays.asList(null, 1, null)));
  }

  @Test
  void statedPlacesAreRestoredAsGivenWhileTheRuleDecidesWhatStands() {
    // as a funnel holds it after its second figure was deleted: places 1, 3 and 4, and the
    // June figure (recorded when ranked deprecated) superseded nothing
    Map<String, Object> doc = document("places-given", june());
    List<Map<String, Object>> figures = parts(doc, "figures");
    figures.get(0).put("sequence", 1);
    figures.get(4).putAll(map("sequence", 3, "rank", "deprecated", "rankReason", "Miscounted."));
    figures.get(5).putAll(map("sequence", 4, "supersedes", 1));
    imported(doc).statusCode(201);
    Number first = identified("places-given").extract().path("[0].id");
    identified("places-given")
        .statusCode(200)
        .body("sequence", equalTo(list(1, 3, 4)))
        .body("supersedes", equalTo(Arrays.asList(null, null, first.intValue())))
        .body("current", equalTo(list(false, false, true)));
    asEditor()
        .get("/api/funnels/places-given/document")
        .then()
        .body("figures.findAll { it.stage == 'identified' }.sequence", equalTo(list(1, 3, 4)))
        .body(
            "figures.findAll { it.stage == 'identified' }.supersedes",
            equalTo(Arrays.asList(null, null, 1)));
  }

  @Test
  void aPlaceNamingNoEarlierFigureOfTheStageIsA422WithPointers() {
    Map<String, Object> doc = document("places-bad", june());
    List<Map<String, Object>> figures = parts(doc, "figures");
    // 'reviewed' has no figure before its only one; June names a place no figure has
    figures.get(1).put("supersedes", 1);
    figures.get(4).putAll(map("sequence", 5, "supersedes", 4));
    // March goes back to a place before June's, and names itself
    figures.get(5).putAll(map("sequence", 2, "supersedes", 2));
    figures.get(3).put("sequence", 0);
    imported(doc)
        .statusCode(422)
        .contentType(startsWith("application/problem+json"))
        .body(
            "errors.pointer",
            containsInAnyOrder(
                "/figures/1/supersedes",
                "/figures/4/supersedes",
                "/figures/5/sequence",
                "/figures/5/supersedes",
                "/figures/3/sequence"))
        .body(
            "errors.find { it.pointer == '/figures/4/supersedes' }.detail",
            equalTo(
                "no earlier figure of stage 'identified' in the document has sequence 4; a figure"
                    + " can only supersede one recorded before it in the same stage"))
        .body(
            "errors.find { it.pointer == '/figures/5/sequence' }.detail",
            startsWith(
                "must be greater than 5, the sequence of the figure of stage 'identified'"
                    + " before it (/figures/4)"));
    asEditor().get("/api/funnels/places-bad").then().statusCode(404);
  }

  @Test
  void createRequestsAndPatchesRefuseAPlace() {
    TestDocuments.ensureImported(TestDocuments.valid("places-write"));
    Map<String, Object> figure = june();
    figure.putAll(map("sequence", 9, "supersedes", 1));
    asEditor()
        .contentType(ContentType.JSON)
        .body(figure)
        .post("/api/funnels/places-write/stages/identified/figures")
        .then()
        .statusCode(422)
        .body("errors.pointer", containsInAnyOrder("/sequence", "/supersedes"))
        .body("errors.detail", hasItem(containsString("only a funnel document import")));
    asEditor()
        .contentType(ContentType.JSON)
        .header("If-Match", TestAuth.etag("/api/funnels/places-write"))
        .body(map("figures", list(figure)))
        .post("/api/funnels/places-write/document-patches")
        .then()
        .statusCode(422)
        .body("errors.pointer", containsInAnyOrder("/figures/0/sequence", "/figures/0/supersedes"));
    identified("places-write").body("[1]", nullValue());
  }
}
