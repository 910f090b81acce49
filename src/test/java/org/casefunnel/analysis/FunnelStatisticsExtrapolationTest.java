package org.casefunnel.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casefunnel.TestDocuments.part;
import static org.casefunnel.analysis.StatisticsDocuments.declaringEstimates;
import static org.casefunnel.analysis.StatisticsDocuments.importDoc;
import static org.casefunnel.support.TestAuth.asEditor;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
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

/**
 * The statistics endpoint's extrapolations and projection checks: a projection is compared only
 * with the stage it declares it estimates; none found in a partial review still extrapolates to an
 * interval, a census is a complete count (in JSON and CSV), and a projection above the interval of
 * a random review is unlikely but within what the counts allow.
 */
@QuarkusTest
class FunnelStatisticsExtrapolationTest {

  @Test
  void aProjectionThatDeclaresNothingIsNotComparedAndTheNoteSaysSo() {
    importDoc(TestDocuments.valid("stats-undeclared"));

    asEditor()
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
  void noneInScopeOfAPartialReviewStillExtrapolatesToAnInterval() {
    Map<String, Object> doc = declaringEstimates(TestDocuments.valid("stats-none-in-scope"));
    part(doc, "figures", 2).put("count", 0); // none of the 120 reviewed remained in scope
    importDoc(doc);

    asEditor()
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
        asEditor()
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

    asEditor()
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
                    + " 'identified' (every one was reviewed: a complete count): they are 125%"
                    + " to 150% (by interval arithmetic over the ranges given or read)"
                    + " of them: more than the data allow, unless the definitions differ."));
    byte[] csv =
        asEditor()
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

    asEditor()
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
    asEditor().get("/api/funnels/stats-full-review-none/chart.svg").then().statusCode(200);
    asEditor().get("/funnels/stats-full-review-none").then().statusCode(200);
  }
}
