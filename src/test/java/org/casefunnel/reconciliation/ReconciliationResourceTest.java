package org.casefunnel.reconciliation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casefunnel.support.TestAuth;
import org.junit.jupiter.api.Test;

/** Reconciling a text against the seed funnel, and applying the patch it answers. */
@QuarkusTest
class ReconciliationResourceTest {

  private static final String PROBLEM = "application/problem+json";

  /**
   * The follow-up: the seed's 9,000 again, and a later, dated 2,500 reviewed and 1,300 in scope.
   */
  private static final String FOLLOW_UP = EvaluationSet.text("reconciliation/met-follow-up.txt");

  @Test
  void aFollowUpAgreesWithTheSeedsIdentifiedAndUpdatesReviewedAndInScopeAsOfItsDate() {
    String id = ReconciliationEvaluationTest.importFunnel(EvaluationSet.seed(), "recon-done");
    String api = "/api/funnels/" + id;
    JsonPath answer =
        reconcile(id, newSource(FOLLOW_UP)).then().statusCode(200).extract().jsonPath();

    assertThat(answer.getList("quantities.match.stage"))
        .containsExactly("identified", "reviewed", "in_scope");
    assertThat(answer.getList("quantities.classification"))
        .containsExactly("agrees", "newer", "newer");
    assertThat(answer.getList("quantities.asOf"))
        .containsExactly("2027-03-01", "2027-03-01", "2027-03-01");
    assertThat(answer.getList("quantities[1].match.reasons.kind")).contains("label", "base_stage");
    assertThat(answer.getString("quantities[0].current.wording")).isEqualTo("9,000 cases");
    // one statement, the sentence verbatim; the source added; figures only where they change
    assertThat(answer.getList("patch.sources")).hasSize(1);
    assertThat(answer.getList("patch.statements")).hasSize(1);
    String sentence =
        "Of the 9,000 historic cases it identified, 2,500 had been given a further review by 1"
            + " March 2027, and 1,300 of them remained in scope.";
    assertThat(answer.getString("patch.statements[0].quote")).isEqualTo(sentence);
    assertThat(answer.getString("statements[0].selector.exact")).isEqualTo(sentence);
    assertThat(answer.getList("patch.figures.count")).containsExactly(9000, 2500, 1300);
    assertThat(answer.getList("patch.figures.asOf"))
        .containsExactly("2027-03-01", "2027-03-01", "2027-03-01");
    // nothing stored by the reconciliation itself
    String tag = answer.getString("ifMatch");
    assertThat(TestAuth.etag(api)).startsWith(tag.substring(0, tag.length() - 1));

    Map<String, Object> patch = answer.getMap("patch");
    apply(id, patch, tag).then().statusCode(200);
    assertThat(TestAuth.etag(api)).doesNotStartWith(tag.substring(0, tag.length() - 1));

    // before: the seed's undated state, now in the figure history; after: the dated new state
    given()
        .get(api + "/stages/reviewed/figures")
        .then()
        .statusCode(200)
        .body("count", equalTo(List.of(2200, 2500)))
        .body("current", equalTo(List.of(false, true)));
    given()
        .queryParam("asOf", "2027-03-01")
        .get(api + "/statistics")
        .then()
        .statusCode(200)
        .body("stages.find { it.key == 'identified' }.value.low", equalTo(9000))
        .body("stages.find { it.key == 'reviewed' }.value.low", equalTo(2500))
        .body("stages.find { it.key == 'in_scope' }.value.low", equalTo(1300));
    // the day before the new date, the seed's undated state stands, marked undated, never dated
    given()
        .queryParam("asOf", "2027-02-28")
        .get(api + "/statistics")
        .then()
        .statusCode(200)
        .body("stages.find { it.key == 'identified' }.value.low", equalTo(9000))
        .body("stages.find { it.key == 'reviewed' }.value.low", equalTo(2200))
        .body("stages.find { it.key == 'in_scope' }.value.low", equalTo(1200))
        .body("stages.find { it.key == 'reviewed' }.asOf", nullValue())
        .body(
            "stages.find { it.key == 'reviewed' }.notes",
            hasItem(
                "The figure is undated: no dated figure of this stage is on or before 2027-02-28,"
                    + " so the undated one stands in this view; when it held is not known."))
        .body("warnings.code", hasItem("unknown_as_of"));
    given()
        .queryParam("asOf", "2027-02-28")
        .get(api)
        .then()
        .statusCode(200)
        .body("stages.find { it.key == 'reviewed' }.figure.count", equalTo(2200))
        .body("stages.find { it.key == 'reviewed' }.figure.asOf", nullValue());
    given()
        .queryParam("asOf", "2027-03-01")
        .get(api)
        .then()
        .statusCode(200)
        .body("stages.find { it.key == 'in_scope' }.figure.count", equalTo(1300));
    given()
        .get(api)
        .then()
        .body("stages.find { it.key == 'in_scope' }.figure.count", equalTo(1300));
    given()
        .get(api + "/stages/in_scope/figures")
        .then()
        .body("count", equalTo(List.of(1200, 1300)));
  }

  @Test
  void applyNeedsIfMatchRefusesAStaleOneAndStoresNothingOfAnInvalidPatch() {
    String id = ReconciliationEvaluationTest.importFunnel(EvaluationSet.seed(), "recon-apply");
    String api = "/api/funnels/" + id;
    String before = TestAuth.etag(api);
    JsonPath answer =
        reconcile(id, newSource(FOLLOW_UP)).then().statusCode(200).extract().jsonPath();
    Map<String, Object> patch = answer.getMap("patch");
    String tag = answer.getString("ifMatch");

    apply(id, patch, null)
        .then()
        .statusCode(428)
        .contentType(PROBLEM)
        .body("type", equalTo("urn:case-funnel:problem:precondition-required"));
    apply(id, patch, "\"funnel-" + id + "-v0.stale\"").then().statusCode(412).contentType(PROBLEM);

    Map<String, Object> invalid = new LinkedHashMap<>(patch);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> figures = (List<Map<String, Object>>) patch.get("figures");
    Map<String, Object> wrong = new LinkedHashMap<>(figures.get(1));
    wrong.put("stage", "no_such_stage");
    invalid.put("figures", List.of(figures.get(0), wrong));
    apply(id, invalid, tag)
        .then()
        .statusCode(422)
        .contentType(PROBLEM)
        .body("errors.pointer", equalTo(List.of("/figures/1/stage")));
    assertThat(TestAuth.etag(api)).isEqualTo(before);
    given().get(api + "/sources").then().body("", hasSize(1));
    given().get(api + "/stages/reviewed/figures").then().body("", hasSize(1));

    // the same patch a second time: its keys are taken now, all reported, nothing stored
    apply(id, patch, tag).then().statusCode(200);
    String after = TestAuth.etag(api);
    apply(id, patch, after)
        .then()
        .statusCode(422)
        .body(
            "errors.pointer", org.hamcrest.Matchers.hasItems("/sources/0/id", "/statements/0/id"));
    assertThat(TestAuth.etag(api)).isEqualTo(after);
  }

  @Test
  void aStoredSourceIsReadByKeyOrIdAndAgreesWithItself() {
    String id = ReconciliationEvaluationTest.importFunnel(EvaluationSet.seed(), "recon-stored");
    JsonPath byKey =
        reconcile(id, Map.of("sourceKey", "s1")).then().statusCode(200).extract().jsonPath();
    assertThat(byKey.getBoolean("source.stored")).isTrue();
    assertThat(byKey.getInt("summary.conflicts") + byKey.getInt("summary.newer")).isZero();
    assertThat(byKey.getList("patch.sources")).isEmpty();
    assertThat(byKey.getList("patch.figures")).isEmpty();
    long sourceId = byKey.getLong("source.id");
    reconcile(id, Map.of("sourceId", sourceId))
        .then()
        .statusCode(200)
        .body("summary.agrees", equalTo(byKey.getInt("summary.agrees")));
  }

  @Test
  void aValueAnEditorRankedDeprecatedIsAConflictAndIsNotProposedAgain() {
    String id = ReconciliationEvaluationTest.importFunnel(EvaluationSet.seed(), "recon-deprecated");
    String figure = "/api/figures/" + given().get("/api/funnels/" + id).path("stages[0].figure.id");
    TestAuth.asEditor()
        .contentType(ContentType.JSON)
        .header("If-Match", TestAuth.etag(figure))
        .body(Map.of("rank", "deprecated", "rankReason", "Counted referrals, not cases"))
        .put(figure + "/rank")
        .then()
        .statusCode(200);

    JsonPath answer =
        reconcile(id, Map.of("sourceKey", "s1")).then().statusCode(200).extract().jsonPath();
    assertThat(
            answer.getString("quantities.find { it.match.stage == 'identified' }.classification"))
        .isEqualTo("conflicts");
    assertThat(answer.getString("quantities.find { it.match.stage == 'identified' }.explanation"))
        .contains("ranked deprecated: Counted referrals, not cases")
        .contains("the patch leaves it out");
    assertThat(answer.getList("patch.figures.stage")).doesNotContain("identified");
  }

  @Test
  void aRequestNamesExactlyOneSourceOfThisFunnel() {
    String id = ReconciliationEvaluationTest.importFunnel(EvaluationSet.seed(), "recon-bad");
    reconcile(id, Map.of()).then().statusCode(422).contentType(PROBLEM);
    reconcile(id, Map.of("sourceKey", "s1", "sourceId", 1)).then().statusCode(422);
    reconcile(id, Map.of("sourceKey", "nope")).then().statusCode(404).contentType(PROBLEM);
    reconcile("no-such-funnel", Map.of("sourceKey", "s1")).then().statusCode(404);
    Map<String, Object> noText = new LinkedHashMap<>(newSource(FOLLOW_UP));
    @SuppressWarnings("unchecked")
    Map<String, Object> source = new LinkedHashMap<>((Map<String, Object>) noText.get("source"));
    source.remove("text");
    reconcile(id, Map.of("source", source))
        .then()
        .statusCode(422)
        .body("errors.pointer", equalTo(List.of("/source/text")));
    TestAuth.anonymous()
        .contentType(ContentType.JSON)
        .body(newSource(FOLLOW_UP))
        .post("/api/funnels/" + id + "/reconciliations")
        .then()
        .statusCode(401);
  }

  private static Map<String, Object> newSource(String text) {
    Map<String, Object> source = new LinkedHashMap<>();
    source.put("id", "follow-up");
    source.put("title", "Met review: more historic cases reviewed");
    source.put("publisher", "Invented News");
    source.put("text", text);
    return Map.of("source", source);
  }

  private static io.restassured.response.Response reconcile(String funnelId, Object body) {
    return TestAuth.asEditor()
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/funnels/" + funnelId + "/reconciliations");
  }

  private static io.restassured.response.Response apply(
      String funnelId, Object patch, String ifMatch) {
    var spec = TestAuth.asEditor().contentType(ContentType.JSON).body(patch);
    if (ifMatch != null) {
      spec = spec.header("If-Match", ifMatch);
    }
    return spec.post("/api/funnels/" + funnelId + "/document-patches");
  }
}
