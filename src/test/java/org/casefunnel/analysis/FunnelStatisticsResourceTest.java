package org.casefunnel.analysis;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.casefunnel.TestDocuments.list;
import static org.casefunnel.TestDocuments.map;
import static org.casefunnel.TestDocuments.part;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.casefunnel.TestDocuments;
import org.junit.jupiter.api.Test;

@QuarkusTest
class FunnelStatisticsResourceTest {

  @org.junit.jupiter.api.BeforeAll
  static void actAsEditor() {
    org.casefunnel.support.TestAuth.editorByDefault();
  }

  private static final String PROBLEM = "application/problem+json";

  private static void importDoc(Map<String, Object> doc) {
    given()
        .contentType(ContentType.JSON)
        .body(doc)
        .post("/api/funnel-documents")
        .then()
        .statusCode(201);
  }

  /** The expected reinvestigations are declared an estimate of the cases in scope. */
  private static Map<String, Object> declaringEstimates(Map<String, Object> doc) {
    part(doc, "stages", 3).put("estimates", "in_scope");
    return doc;
  }

  @Test
  void aProjectionThatDeclaresNothingIsNotComparedAndTheNoteSaysSo() {
    importDoc(TestDocuments.valid("stats-undeclared"));

    given()
        .get("/api/funnels/stats-undeclared/statistics")
        .then()
        .statusCode(200)
        .body("stages.find { it.key == 'reinvestigation' }.projectionCheck", nullValue())
        .body(
            "stages.find { it.key == 'reinvestigation' }.notes",
            hasItem(
                "Not compared with any extrapolation: 'reinvestigation' does not declare which"
                    + " stage it estimates (the stage field estimates)."));
  }

  @Test
  void stageLargerThanItsBaseImportsAsGivenAndIsWarnedAbout() {
    Map<String, Object> doc = TestDocuments.valid("stats-exceeds");
    part(doc, "figures", 2).put("count", 130); // in scope 130 of 120 reviewed
    importDoc(doc);

    given()
        .config(Json.DOUBLES)
        .get("/api/funnels/stats-exceeds/statistics")
        .then()
        .statusCode(200)
        .contentType(ContentType.JSON)
        .body("stages.find { it.key == 'in_scope' }.value.point", closeTo(130.0, 1e-9))
        // the true ratio, not capped at 100%, with a note pointing to the warning below
        .body("stages.find { it.key == 'in_scope' }.conversion.value", closeTo(130.0 / 120, 1e-12))
        .body("stages.find { it.key == 'in_scope' }.conversion.text", equalTo("108.33%"))
        .body("stages.find { it.key == 'in_scope' }.dropOff", nullValue())
        .body(
            "stages.find { it.key == 'in_scope' }.notes",
            hasItem(
                "The conversion is above 100%: the stage is larger than its base 'reviewed',"
                    + " which it should be a subset of (see the warning stage_exceeds_base); the"
                    + " ratio is given as it is, not capped."))
        .body("stages.find { it.key == 'in_scope' }.overallConversion.value", closeTo(0.26, 1e-9))
        .body(
            "warnings.findAll { it.code == 'stage_exceeds_base' }.stage",
            equalTo(List.of("in_scope")))
        .body(
            "warnings.find { it.code == 'stage_exceeds_base' }.message",
            equalTo(
                "'in_scope' (130) is larger than its base 'reviewed' (120), which it should be a"
                    + " subset of; the figures are kept as given."));
    // stored as given, not fixed
    given()
        .get("/api/funnels/stats-exceeds")
        .then()
        .body("stages.find { it.key == 'in_scope' }.figure.count", equalTo(130));
  }

  @Test
  void stageWithinItsAboutBasesReadingIsWarnedOnlyThatItMayBeLarger() {
    Map<String, Object> doc = TestDocuments.valid("stats-about-base");
    part(doc, "figures", 1).put("approximate", true); // "about 120" reads 115 to 125
    part(doc, "figures", 2).put("count", 121);
    importDoc(doc);

    given()
        .config(Json.DOUBLES)
        .get("/api/funnels/stats-about-base/statistics")
        .then()
        .statusCode(200)
        .body("stages.find { it.key == 'in_scope' }.conversion.low", closeTo(121.0 / 125, 1e-12))
        // within its base the stage is at most all of it; 121/120 is no possible point value
        .body("stages.find { it.key == 'in_scope' }.conversion.high", closeTo(1.0, 1e-12))
        .body("stages.find { it.key == 'in_scope' }.conversion.value", nullValue())
        .body("stages.find { it.key == 'in_scope' }.dropOff.high", closeTo(4.0, 1e-9))
        .body(
            "warnings.findAll { it.code == 'stage_exceeds_base' }.message",
            equalTo(
                List.of(
                    "'in_scope' (121) may be larger than its base 'reviewed' (about 120, read as"
                        + " 115 to 125): as read, their ranges overlap, so it is larger for some"
                        + " of the values they allow and not for others; the figures are kept as"
                        + " given.")))
        .body(
            "stages.find { it.key == 'in_scope' }.notes",
            not(
                hasItem(
                    "The conversion is above 100%: the stage is larger than its base 'reviewed',"
                        + " which it should be a subset of (see the warning stage_exceeds_base);"
                        + " the ratio is given as it is, not capped.")));
  }

  @Test
  void aboutThirtyAsABaseMayBeUnderThirty() {
    Map<String, Object> doc = TestDocuments.valid("stats-about-thirty");
    part(doc, "figures", 1).put("count", 30);
    part(doc, "figures", 1).put("approximate", true); // "about 30" reads 25 to 35
    part(doc, "figures", 2).put("count", 10);
    importDoc(doc);

    given()
        .get("/api/funnels/stats-about-thirty/statistics")
        .then()
        .statusCode(200)
        .body(
            "warnings.findAll { it.code == 'small_denominator' }.message",
            equalTo(
                List.of(
                    "The conversion of 'in_scope' rests on a base of about 30, read as 25 to 35,"
                        + " which may be under 30: the proportion can move a lot with one"
                        + " case.")));
  }

  @Test
  void stageLargerThanTheNearestStageAboveWithAFigureIsWarnedAbout() {
    Map<String, Object> doc = TestDocuments.valid("stats-exceeds-gap");
    @SuppressWarnings("unchecked")
    List<Object> figures = (List<Object>) doc.get("figures");
    figures.remove(1); // 'reviewed' has no figure
    part(doc, "figures", 1).put("count", 600); // in scope 600 of the 500 identified
    importDoc(doc);

    given()
        .get("/api/funnels/stats-exceeds-gap/statistics")
        .then()
        .statusCode(200)
        .body(
            "warnings.find { it.code == 'stage_exceeds_base' }.message",
            equalTo(
                "'in_scope' (600) is larger than 'identified' (500), which it should be a subset"
                    + " of (its base 'reviewed' has no figure); the figures are kept as given."));
  }

  @Test
  void noneInScopeOfAPartialReviewStillExtrapolatesToAnInterval() {
    Map<String, Object> doc = declaringEstimates(TestDocuments.valid("stats-none-in-scope"));
    part(doc, "figures", 2).put("count", 0); // none of the 120 reviewed remained in scope
    importDoc(doc);

    given()
        .config(Json.DOUBLES)
        .get("/api/funnels/stats-none-in-scope/statistics")
        .then()
        .statusCode(200)
        .contentType(ContentType.JSON)
        .body("stages.find { it.key == 'in_scope' }.extrapolation.estimate.value", closeTo(0, 1e-9))
        .body("stages.find { it.key == 'in_scope' }.extrapolation.estimate.low", closeTo(0, 1e-9))
        // none found among 120 of 500 does not prove none among the 500
        .body("stages.find { it.key == 'in_scope' }.extrapolation.estimate.high", greaterThan(10.0))
        .body(
            "stages.find { it.key == 'in_scope' }.extrapolation.logicalBounds.high",
            closeTo(380, 1e-9))
        .body(
            "stages.find { it.key == 'reinvestigation' }.projectionCheck.relation",
            equalTo("above"));
  }

  @Test
  void aProjectionAboveTheIntervalOfARandomReviewIsUnlikelyButWithinWhatTheCountsAllow() {
    Map<String, Object> doc = declaringEstimates(TestDocuments.valid("stats-above-interval"));
    part(doc, "figures", 3).put("low", 400); // above the exact interval around 333 of 500,
    part(doc, "figures", 3).put("high", 420); // within the logical bounds 80 to 460
    importDoc(doc);

    String check = "stages.find { it.key == 'reinvestigation' }.projectionCheck";
    var json =
        given()
            .config(Json.DOUBLES)
            .get("/api/funnels/stats-above-interval/statistics")
            .then()
            .statusCode(200)
            .body(check + ".comparedWith", equalTo("exact_interval"))
            .body(check + ".relation", equalTo("above"))
            .body(check + ".relationToLogicalBounds", equalTo("overlaps"))
            // a share of the logical bounds, 400/460 to 100%, not of the interval's ends
            .body(check + ".shareOfExtrapolation.low", closeTo(400.0 / 460, 1e-12))
            .body(check + ".shareOfExtrapolation.high", closeTo(1.0, 1e-12))
            .body(check + ".shareOfExtrapolation.value", nullValue())
            .body(
                "warnings.findAll { it.code == 'projection_exceeds_extrapolation' }.stage",
                equalTo(List.of("reinvestigation")))
            .extract()
            .jsonPath();
    assertThat(
            json.getString(
                "warnings.find { it.code == 'projection_exceeds_extrapolation' }" + ".message"))
        .startsWith("The 400 to 420 'reinvestigation' lie above the exact 95% interval of ")
        .contains(
            "'in_scope' among the 'identified': unlikely if the 120 'reviewed' were a random"
                + " sample, as declared, but not impossible: they are within the 80 to 460"
                + " 'in_scope' that the counts allow with no assumption, 87% to 100%")
        .doesNotContain("more than the data allow");
  }

  @Test
  void aCensusIsACompleteCountInJsonAndCsvAndItsProjectionCheck() throws Exception {
    Map<String, Object> doc = declaringEstimates(TestDocuments.valid("stats-census"));
    part(doc, "stages", 1).put("selection", "unknown");
    part(doc, "figures", 1).put("count", 500); // every identified case reviewed
    part(doc, "figures", 2).put("count", 200);
    part(doc, "figures", 3).put("low", 250);
    part(doc, "figures", 3).put("high", 300);
    importDoc(doc);

    given()
        .config(Json.DOUBLES)
        .get("/api/funnels/stats-census/statistics")
        .then()
        .statusCode(200)
        .body("stages.find { it.key == 'in_scope' }.extrapolation.assumption", equalTo("holds"))
        .body(
            "stages.find { it.key == 'in_scope' }.extrapolation.estimate.method",
            equalTo("complete_count"))
        .body(
            "stages.find { it.key == 'in_scope' }.extrapolation.estimate.inputs.confidence",
            nullValue())
        .body(
            "stages.find { it.key == 'reinvestigation' }.projectionCheck.comparedWith",
            equalTo("complete_count"))
        .body(
            "warnings.find { it.code == 'projection_exceeds_extrapolation' }.message",
            equalTo(
                "The 250 to 300 'reinvestigation' exceed the 200 'in_scope' counted among the"
                    + " 'identified' (every one was reviewed: a complete count): they are 138%"
                    + " (125% to 150% by interval arithmetic over the ranges given or read)"
                    + " of them: more than the data allow, unless the definitions differ."));
    byte[] csv =
        given()
            .queryParam("format", "csv")
            .get("/api/funnels/stats-census/statistics")
            .then()
            .statusCode(200)
            .extract()
            .asByteArray();
    List<Map<String, String>> rows;
    try (MappingIterator<Map<String, String>> it =
        new CsvMapper()
            .readerFor(Map.class)
            .with(CsvSchema.emptySchema().withHeader())
            .readValues(new String(csv, StandardCharsets.UTF_8))) {
      rows = it.readAll();
    }
    assertThat(rows)
        .filteredOn(m -> "in_scope".equals(m.get("stage")))
        .singleElement()
        .satisfies(m -> assertThat(m.get("extrapolationMethod")).isEqualTo("complete_count"));
  }

  @Test
  void noneInScopeOfAFullReviewIsReadWithoutAShareOfZero() {
    Map<String, Object> doc = declaringEstimates(TestDocuments.valid("stats-full-review-none"));
    part(doc, "figures", 1).put("count", 500); // every identified case reviewed
    part(doc, "figures", 2).put("count", 0); // and none remained in scope
    importDoc(doc);

    given()
        .config(Json.DOUBLES)
        .get("/api/funnels/stats-full-review-none/statistics")
        .then()
        .statusCode(200)
        .contentType(ContentType.JSON)
        .body("stages.find { it.key == 'in_scope' }.extrapolation.estimate.high", closeTo(0, 1e-9))
        .body(
            "stages.find { it.key == 'reinvestigation' }.projectionCheck.relation",
            equalTo("above"))
        .body(
            "stages.find { it.key == 'reinvestigation' }.projectionCheck.shareOfExtrapolation",
            nullValue());
    given().get("/api/funnels/stats-full-review-none/chart.svg").then().statusCode(200);
    given().get("/funnels/stats-full-review-none").then().statusCode(200);
  }

  @Test
  void consistentFunnelHasNoConsistencyWarningsButDeclaredRandomSampleHolds() {
    importDoc(declaringEstimates(TestDocuments.valid("stats-consistent")));

    given()
        .config(Json.DOUBLES)
        .get("/api/funnels/stats-consistent/statistics")
        .then()
        .statusCode(200)
        .body("warnings.code", not(hasItem("stage_exceeds_base")))
        .body("warnings.code", not(hasItem("representativeness_not_established")))
        .body("warnings.code", not(hasItem("mixed_as_of_dates")))
        .body("stages.find { it.key == 'in_scope' }.extrapolation.assumption", equalTo("holds"))
        .body(
            "stages.find { it.key == 'in_scope' }.extrapolation.estimate.value",
            closeTo(500.0 * 80 / 120, 1e-9))
        .body(
            "stages.find { it.key == 'reinvestigation' }.projectionCheck.relation",
            equalTo("below"))
        // only the reinvestigation figure has no date
        .body(
            "warnings.findAll { it.code == 'unknown_as_of' }.stage",
            equalTo(List.of("reinvestigation")));
  }

  @Test
  void laterFigureSupersedesAndAsOfBringsBackTheEarlierFigureAndItsStatistics() {
    importDoc(TestDocuments.valid("stats-history"));
    given()
        .contentType(ContentType.JSON)
        .body(
            map(
                "stage", "reviewed",
                "count", 200,
                "status", "provisional",
                "asOf", "2026-03-01",
                "wording", "200 reviewed",
                "statementIds", list("st1")))
        .post("/api/funnels/stats-history/stages/reviewed/figures")
        .then()
        .statusCode(201);

    given()
        .config(Json.DOUBLES)
        .get("/api/funnels/stats-history/statistics")
        .then()
        .statusCode(200)
        .body("stages.find { it.key == 'reviewed' }.value.point", closeTo(200.0, 1e-9))
        .body("stages.find { it.key == 'in_scope' }.conversion.inputs.base", equalTo(200))
        .body("stages.find { it.key == 'in_scope' }.conversion.value", closeTo(0.4, 1e-12))
        .body("warnings.code", hasItem("mixed_as_of_dates"));

    given()
        .config(Json.DOUBLES)
        .queryParam("asOf", "2026-02-01")
        .get("/api/funnels/stats-history/statistics")
        .then()
        .statusCode(200)
        .body("asOf", equalTo("2026-02-01"))
        .body("stages.find { it.key == 'reviewed' }.value.point", closeTo(120.0, 1e-9))
        .body("stages.find { it.key == 'in_scope' }.conversion.inputs.base", equalTo(120))
        .body("stages.find { it.key == 'in_scope' }.conversion.value", closeTo(80.0 / 120, 1e-12))
        .body(
            "stages.find { it.key == 'in_scope' }.extrapolation.estimate.inputs.sample",
            equalTo(120))
        .body("warnings.code", not(hasItem("mixed_as_of_dates")))
        // the undated projection stands (no dated figure of its stage), and keeps no date
        .body("stages.find { it.key == 'reinvestigation' }.value", notNullValue())
        .body("stages.find { it.key == 'reinvestigation' }.asOf", nullValue())
        .body("warnings.code", hasItem("unknown_as_of"));

    given()
        .queryParam("asOf", "2026-02-01")
        .get("/api/funnels/stats-history")
        .then()
        .body("stages.find { it.key == 'reviewed' }.figure.count", equalTo(120));
  }

  @Test
  void statisticsOfUnknownFunnelIsNotFoundAndBadDateIsInvalidParameter() {
    given()
        .get("/api/funnels/no-such-funnel/statistics")
        .then()
        .statusCode(404)
        .contentType(PROBLEM)
        .body("type", equalTo("urn:case-funnel:problem:not-found"));
    given()
        .queryParam("asOf", "31/01/2026")
        .get("/api/funnels/met-group-cse-review/statistics")
        .then()
        .statusCode(400)
        .contentType(PROBLEM)
        .body("type", equalTo("urn:case-funnel:problem:invalid-parameter"))
        .body("errors[0].pointer", equalTo("asOf"));
  }

  @Test
  void smallDenominatorIsWarnedAbout() {
    Map<String, Object> doc = TestDocuments.valid("stats-small");
    part(doc, "figures", 1).put("count", 20);
    part(doc, "figures", 2).put("count", 8);
    importDoc(doc);

    given()
        .get("/api/funnels/stats-small/statistics")
        .then()
        .statusCode(200)
        .body(
            "warnings.findAll { it.code == 'small_denominator' }.stage",
            equalTo(List.of("in_scope")));
    assertThat(
            given()
                .get("/api/funnels/stats-small/statistics")
                .jsonPath()
                .getString("warnings.find { it.code == 'small_denominator' }.message"))
        .contains("under 30");
  }

  @Test
  void baseThatMayBeSmallIsWarnedAboutThoughItsMidpointIsNot() {
    Map<String, Object> doc = TestDocuments.valid("stats-small-range");
    Map<String, Object> reviewed = part(doc, "figures", 1);
    reviewed.remove("count");
    reviewed.put("low", 5);
    reviewed.put("high", 95); // midpoint 50, lower bound 5
    reviewed.put("wording", "between 5 and 95 were reviewed");
    part(doc, "figures", 2).put("count", 4);
    importDoc(doc);

    given()
        .get("/api/funnels/stats-small-range/statistics")
        .then()
        .statusCode(200)
        .body(
            "warnings.findAll { it.code == 'small_denominator' }.stage",
            equalTo(List.of("in_scope")));
  }
}
