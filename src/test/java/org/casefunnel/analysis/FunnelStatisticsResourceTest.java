package org.casefunnel.analysis;

import static org.casefunnel.TestDocuments.list;
import static org.casefunnel.TestDocuments.map;
import static org.casefunnel.analysis.StatisticsDocuments.declaringEstimates;
import static org.casefunnel.analysis.StatisticsDocuments.importDoc;
import static org.casefunnel.support.TestAuth.asEditor;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import org.casefunnel.TestDocuments;
import org.junit.jupiter.api.Test;

/**
 * The statistics endpoint as a whole: a consistent funnel has no consistency warnings, a later
 * figure supersedes an earlier one and asOf brings the earlier one back with its statistics, and an
 * unknown funnel or a bad date is a problem. Its warnings are in {@link
 * FunnelStatisticsWarningsTest}, its extrapolations and projection checks in {@link
 * FunnelStatisticsExtrapolationTest}.
 */
@QuarkusTest
class FunnelStatisticsResourceTest {

  private static final String PROBLEM = "application/problem+json";

  @Test
  void consistentFunnelHasNoConsistencyWarningsButDeclaredRandomSampleHolds() {
    importDoc(declaringEstimates(TestDocuments.valid("stats-consistent")));

    asEditor()
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
    asEditor()
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

    asEditor()
        .config(Json.DOUBLES)
        .get("/api/funnels/stats-history/statistics")
        .then()
        .statusCode(200)
        .body("stages.find { it.key == 'reviewed' }.value.point", closeTo(200.0, 1e-9))
        .body("stages.find { it.key == 'in_scope' }.conversion.inputs.base", equalTo(200))
        .body("stages.find { it.key == 'in_scope' }.conversion.value", closeTo(0.4, 1e-12))
        .body("warnings.code", hasItem("mixed_as_of_dates"));

    asEditor()
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

    asEditor()
        .queryParam("asOf", "2026-02-01")
        .get("/api/funnels/stats-history")
        .then()
        .body("stages.find { it.key == 'reviewed' }.figure.count", equalTo(120));
  }

  @Test
  void statisticsOfUnknownFunnelIsNotFoundAndBadDateIsInvalidParameter() {
    asEditor()
        .get("/api/funnels/no-such-funnel/statistics")
        .then()
        .statusCode(404)
        .contentType(PROBLEM)
        .body("type", equalTo("urn:case-funnel:problem:not-found"));
    asEditor()
        .queryParam("asOf", "31/01/2026")
        .get("/api/funnels/met-group-cse-review/statistics")
        .then()
        .statusCode(400)
        .contentType(PROBLEM)
        .body("type", equalTo("urn:case-funnel:problem:invalid-parameter"))
        .body("errors[0].pointer", equalTo("asOf"));
  }
}
