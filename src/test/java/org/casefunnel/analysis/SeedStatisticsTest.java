package org.casefunnel.analysis;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The seed funnel's statistics against reference values computed independently with Python 3
 * (standard library only): Wilson 1200/2200 = 0.5454545 (0.5245865 to 0.5661641); 2200/9000 =
 * 0.2444444; extrapolation 9000 x 1200/2200 = 4909.09 with 95% interval 4745.88 to 5071.23 (Wilson
 * with effective sample size n(N-1)/(N-n), z = 1.959964).
 */
@QuarkusTest
class SeedStatisticsTest {

  @org.junit.jupiter.api.BeforeAll
  static void actAsEditor() {
    org.casefunnel.support.TestAuth.editorByDefault();
  }

  private static final String SEED = "/api/funnels/met-group-cse-review/statistics";

  @Test
  void seedShowsCoverageConversionExtrapolationAndProjectionComparison() {
    given()
        .config(Json.DOUBLES)
        .when()
        .get(SEED)
        .then()
        .statusCode(200)
        .contentType("application/json")
        .body("funnelId", equalTo("met-group-cse-review"))
        .body("z", closeTo(1.959964, 1e-9))
        // review coverage: 2,200 of 9,000
        .body("stages.find { it.key == 'reviewed' }.coverage.value", closeTo(0.244444, 1e-6))
        .body("stages.find { it.key == 'reviewed' }.coverage.method", equalTo("ratio"))
        .body("stages.find { it.key == 'reviewed' }.coverage.inputs.part", equalTo(2200))
        .body("stages.find { it.key == 'reviewed' }.coverage.inputs.base", equalTo(9000))
        // choosing 2,200 for review was a decision, not a draw: no confidence interval on it
        .body("stages.find { it.key == 'reviewed' }.conversion.method", equalTo("ratio"))
        // the expected reinvestigations are a projection, and the statistics say so
        .body(
            "warnings.findAll { it.code == 'not_a_count' }.stage",
            hasItem("reinvestigation_expected"))
        .body("stages.find { it.key == 'reviewed' }.conversion.low", nullValue())
        // 1,200 of 9,000 counts only what the partial review found: said to be a lower bound
        .body(
            "stages.find { it.key == 'in_scope' }.notes",
            hasItem(
                "The overall conversion counts only what was found among the 'reviewed' (a"
                    + " partial review of the 'identified'), so it is a lower bound: the share"
                    + " among all the 'identified' may be higher (see the extrapolation, where"
                    + " there is one)."))
        // in scope of reviewed: Wilson
        .body("stages.find { it.key == 'in_scope' }.conversion.method", equalTo("wilson"))
        .body("stages.find { it.key == 'in_scope' }.conversion.value", closeTo(0.5454545, 1e-7))
        .body("stages.find { it.key == 'in_scope' }.conversion.low", closeTo(0.5245865, 1e-7))
        .body("stages.find { it.key == 'in_scope' }.conversion.high", closeTo(0.5661641, 1e-7))
        .body("stages.find { it.key == 'in_scope' }.conversion.inputs.x", equalTo(1200))
        .body("stages.find { it.key == 'in_scope' }.conversion.inputs.n", equalTo(2200))
        .body(
            "stages.find { it.key == 'in_scope' }.conversion.text",
            equalTo("54.55% (95% Wilson interval 52.46% to 56.62%)"))
        // implied in scope among the 9,000
        .body(
            "stages.find { it.key == 'in_scope' }.extrapolation.estimate.method",
            equalTo("fpc_extrapolation"))
        .body(
            "stages.find { it.key == 'in_scope' }.extrapolation.estimate.value",
            closeTo(4909.0909, 1e-3))
        .body(
            "stages.find { it.key == 'in_scope' }.extrapolation.estimate.low",
            closeTo(4745.8769, 1e-3))
        .body(
            "stages.find { it.key == 'in_scope' }.extrapolation.estimate.high",
            closeTo(5071.2268, 1e-3))
        .body(
            "stages.find { it.key == 'in_scope' }.extrapolation.estimate.inputs.population",
            equalTo(9000))
        .body(
            "stages.find { it.key == 'in_scope' }.extrapolation.populationStage",
            equalTo("identified"))
        .body("stages.find { it.key == 'in_scope' }.extrapolation.selection", equalTo("unknown"))
        .body("stages.find { it.key == 'in_scope' }.extrapolation.assumption", equalTo("unknown"))
        // the projection of 2,000 to 3,000 against it
        .body(
            "stages.find { it.key == 'reinvestigation_expected' }.value.pointIsMidpoint",
            equalTo(true))
        .body(
            "stages.find { it.key == 'reinvestigation_expected' }.value.point",
            closeTo(2500.0, 1e-9))
        .body(
            "stages.find { it.key == 'reinvestigation_expected' }.projectionCheck.relation",
            equalTo("below"))
        .body(
            "stages.find { it.key == 'reinvestigation_expected' }.projectionCheck.extrapolatedStage",
            equalTo("in_scope"))
        .body(
            "stages.find { it.key == 'reinvestigation_expected' }.projectionCheck.shareOfExtrapolation.low",
            closeTo(2000 / 5071.2268, 1e-6))
        .body(
            "stages.find { it.key == 'reinvestigation_expected' }.projectionCheck.shareOfExtrapolation.high",
            closeTo(3000 / 4745.8769, 1e-6))
        .body(
            "stages.find { it.key == 'reinvestigation_expected' }.conversion.method",
            equalTo("interval_arithmetic"))
        // overall conversion of in scope against the first stage: 1,200 of 9,000
        .body(
            "stages.find { it.key == 'in_scope' }.overallConversion.value",
            closeTo(1200.0 / 9000, 1e-9))
        .body("stages.find { it.key == 'in_scope' }.dropOff.value", closeTo(1000.0, 1e-9))
        .body("warnings.code", hasItem("representativeness_not_established"))
        .body("warnings.code", hasItem("unknown_as_of"))
        .body("warnings.code", hasItem("approximate_input"));
  }

  @Test
  void contextStagesOfAnotherUnitAndRatesStayOutOfCaseConversions() {
    JsonPath json = given().get(SEED).then().statusCode(200).extract().jsonPath();
    Map<String, Object> monthly =
        json.getMap("stages.find { it.key == 'sexual_offences_recorded_monthly' }");
    assertThat(monthly.get("comparable")).isEqualTo(false);
    assertThat(monthly.get("overallConversion")).isNull();
    assertThat(monthly.get("unit")).isEqualTo("sexual offence");
    assertThat(monthly.get("period")).isEqualTo("month");
    // within the context chain the two rates share unit and period, so a conversion exists
    Map<String, Object> csa =
        json.getMap("stages.find { it.key == 'child_sexual_abuse_offences_recorded_monthly' }");
    assertThat(csa.get("comparable")).isEqualTo(false);
    assertThat(csa.get("overallConversion")).isNull();
    assertThat(
            json.getString(
                "stages.find { it.key == 'child_sexual_abuse_offences_recorded_monthly' }.conversion.method"))
        .isEqualTo("interval_arithmetic");
    // the stage with no base has no conversion at all
    given()
        .get(SEED)
        .then()
        .body("stages.find { it.key == 'under_investigation' }.conversion", nullValue());
  }

  @Test
  void everyDerivedNumberNamesItsMethodAndInputs() {
    Object body = given().get(SEED).then().statusCode(200).extract().jsonPath().get("$");
    List<Map<String, Object>> derived = new java.util.ArrayList<>();
    collectDerived(body, derived);
    assertThat(derived).hasSizeGreaterThan(10);
    for (Map<String, Object> d : derived) {
      assertThat(d.get("method")).as("method of %s", d).isInstanceOf(String.class);
      assertThat(d.get("inputs")).as("inputs of %s", d).isInstanceOf(Map.class);
      assertThat((Map<?, ?>) d.get("inputs")).as("inputs of %s", d).isNotEmpty();
    }
  }

  /** Every object holding a number (value, point or low) is a derived number or a value. */
  @SuppressWarnings("unchecked")
  static void collectDerived(Object node, List<Map<String, Object>> out) {
    if (node instanceof Map<?, ?> map) {
      if (map.containsKey("value") && map.get("value") instanceof Number
          || map.containsKey("point")
          || (map.containsKey("low") && map.containsKey("high") && !map.containsKey("key"))) {
        out.add((Map<String, Object>) map);
      }
      map.forEach(
          (k, v) -> {
            if (!"inputs".equals(k)) {
              collectDerived(v, out);
            }
          });
    } else if (node instanceof List<?> list) {
      list.forEach(v -> collectDerived(v, out));
    }
  }
}
