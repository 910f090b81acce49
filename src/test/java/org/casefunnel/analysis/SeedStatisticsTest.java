package org.casefunnel.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casefunnel.support.TestAuth.asEditor;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.distribution.HypergeometricDistribution;
import org.junit.jupiter.api.Test;

/**
 * The seed funnel's statistics against reference values computed independently: ratios by hand
 * (1200/2200, 2200/9000, 1200/9000), logical bounds by hand (1,200 found; 1,200 + 6,800 not
 * reviewed = 8,000), the exact interval by scanning every count with Apache Commons Math's
 * hypergeometric distribution. The old output (a Wilson interval on 1,200 of 2,200, a headline
 * "about 4,909 (95% interval 4,746 to 5,071)" and a projection share of 39% to 63%) is gone.
 */
@QuarkusTest
class SeedStatisticsTest {

  private static final String SEED = "/api/funnels/met-group-cse-review/statistics";

  @Test
  void seedTellsCountsAsCountsAndLeadsTheExtrapolationWithItsLogicalBounds() {
    asEditor()
        .config(Json.DOUBLES)
        .when()
        .get(SEED)
        .then()
        .statusCode(200)
        .contentType("application/json")
        .body("funnelId", equalTo("met-group-cse-review"))
        .body("confidenceLevel", closeTo(0.95, 1e-12))
        .body("z", nullValue())
        // review coverage: 2,200 of 9,000
        .body("stages.find { it.key == 'reviewed' }.coverage.value", closeTo(0.244444, 1e-6))
        .body("stages.find { it.key == 'reviewed' }.coverage.method", equalTo("ratio"))
        .body("stages.find { it.key == 'reviewed' }.coverage.inputs.part", equalTo(2200))
        .body("stages.find { it.key == 'reviewed' }.coverage.inputs.base", equalTo(9000))
        .body("stages.find { it.key == 'reviewed' }.conversion.method", equalTo("ratio"))
        .body("stages.find { it.key == 'reviewed' }.conversion.low", nullValue())
        .body(
            "warnings.findAll { it.code == 'not_a_count' }.stage",
            hasItem("reinvestigation_expected"))
        // 1,200 of 9,000 counts only what the partial review found: said to be a lower bound
        .body(
            "stages.find { it.key == 'in_scope' }.notes",
            hasItem(
                "The overall conversion counts only what was found among the 'reviewed' (a"
                    + " partial review of the 'identified'), so it is a lower bound: the share"
                    + " among all the 'identified' may be higher (see the extrapolation, where"
                    + " there is one)."))
        // 1,200 of the 2,200 reviewed is a count, not a draw: a plain ratio, no interval
        .body("stages.find { it.key == 'in_scope' }.conversion.method", equalTo("ratio"))
        .body(
            "stages.find { it.key == 'in_scope' }.conversion.value", closeTo(1200.0 / 2200, 1e-12))
        .body("stages.find { it.key == 'in_scope' }.conversion.low", nullValue())
        .body("stages.find { it.key == 'in_scope' }.conversion.text", equalTo("54.55%"))
        // without assumption: 1,200 to 8,000 of the 9,000
        .body(
            "stages.find { it.key == 'in_scope' }.extrapolation.logicalBounds.method",
            equalTo("logical_bounds"))
        .body(
            "stages.find { it.key == 'in_scope' }.extrapolation.logicalBounds.low",
            closeTo(1200, 1e-9))
        .body(
            "stages.find { it.key == 'in_scope' }.extrapolation.logicalBounds.high",
            closeTo(8000, 1e-9))
        .body(
            "stages.find { it.key == 'in_scope' }.extrapolation.statement",
            startsWith(
                "Without any assumption, 1,200 to 8,000 of the 9,000 'identified' may be"
                    + " 'in_scope'"))
        // only under random selection: the exact hypergeometric interval
        .body(
            "stages.find { it.key == 'in_scope' }.extrapolation.estimate.method",
            equalTo("exact_hypergeometric"))
        .body(
            "stages.find { it.key == 'in_scope' }.extrapolation.estimate.value",
            closeTo(9000.0 * 1200 / 2200, 1e-9))
        .body(
            "stages.find { it.key == 'in_scope' }.extrapolation.estimate.low",
            closeTo(scannedLow(9000, 2200, 1200), 1e-9))
        .body(
            "stages.find { it.key == 'in_scope' }.extrapolation.estimate.high",
            closeTo(scannedHigh(9000, 2200, 1200), 1e-9))
        .body(
            "stages.find { it.key == 'in_scope' }.extrapolation.estimate.text",
            startsWith("about 4,900 of the 9,000 'identified' (exact 95% interval "))
        .body(
            "stages.find { it.key == 'in_scope' }.extrapolation.estimate.inputs.population",
            equalTo(9000))
        .body(
            "stages.find { it.key == 'in_scope' }.extrapolation.populationStage",
            equalTo("identified"))
        .body("stages.find { it.key == 'in_scope' }.extrapolation.selection", equalTo("unknown"))
        .body("stages.find { it.key == 'in_scope' }.extrapolation.assumption", equalTo("unknown"))
        // the projection of 2,000 to 3,000 declares it estimates the cases in scope
        .body(
            "stages.find { it.key == 'reinvestigation_expected' }.value.pointIsMidpoint",
            equalTo(true))
        .body("stages.find { it.key == 'reinvestigation_expected' }.estimates", equalTo("in_scope"))
        .body(
            "stages.find { it.key == 'reinvestigation_expected' }.projectionCheck.extrapolatedStage",
            equalTo("in_scope"))
        .body(
            "stages.find { it.key == 'reinvestigation_expected' }.projectionCheck.comparedWith",
            equalTo("logical_bounds"))
        .body(
            "stages.find { it.key == 'reinvestigation_expected' }.projectionCheck.relation",
            equalTo("overlaps"))
        // 2,000 / 8,000 to 100%: the reinvestigations are among those in scope
        .body(
            "stages.find { it.key == 'reinvestigation_expected' }.projectionCheck.shareOfExtrapolation.low",
            closeTo(0.25, 1e-12))
        .body(
            "stages.find { it.key == 'reinvestigation_expected' }.projectionCheck.shareOfExtrapolation.high",
            closeTo(1.0, 1e-12))
        .body(
            "stages.find { it.key == 'reinvestigation_expected' }.conversion.method",
            equalTo("interval_arithmetic"))
        .body(
            "stages.find { it.key == 'in_scope' }.overallConversion.value",
            closeTo(1200.0 / 9000, 1e-9))
        .body("stages.find { it.key == 'in_scope' }.dropOff.value", closeTo(1000.0, 1e-9))
        .body("warnings.code", hasItem("representativeness_not_established"))
        .body("warnings.code", not(hasItem("projection_exceeds_extrapolation")))
        .body("warnings.code", hasItem("unknown_as_of"))
        .body("warnings.code", hasItem("approximate_input"));
  }

  @Test
  void anApproximateCountKeepsTheWidthOfItsReading() {
    // "around 2,000" read as 1,500 to 2,500 and "half of which" (about 1,000) as 500 to 1,500:
    // the share is 500/2,500 to 1,500/1,500, not "50.00% (50.00% to 50.00%)"
    asEditor()
        .config(Json.DOUBLES)
        .get(SEED)
        .then()
        .statusCode(200)
        .body(
            "stages.find { it.key == 'sexual_offences_recorded_monthly' }.value.low", equalTo(1500))
        .body(
            "stages.find { it.key == 'sexual_offences_recorded_monthly' }.value.high",
            equalTo(2500))
        .body(
            "stages.find { it.key == 'child_sexual_abuse_offences_recorded_monthly' }.conversion.low",
            closeTo(0.2, 1e-12))
        .body(
            "stages.find { it.key == 'child_sexual_abuse_offences_recorded_monthly' }.conversion.high",
            closeTo(1.0, 1e-12))
        .body(
            "stages.find { it.key == 'child_sexual_abuse_offences_recorded_monthly' }.conversion.value",
            closeTo(0.5, 1e-12));
  }

  /** Smallest K with P(X >= x | K) > 2.5%, scanning up with Commons Math. */
  private static double scannedLow(int population, int sample, int inScope) {
    for (int k = inScope; ; k++) {
      if (new HypergeometricDistribution(null, population, k, sample)
              .upperCumulativeProbability(inScope)
          > 0.025) {
        return k;
      }
    }
  }

  /** Largest K with P(X <= x | K) > 2.5%, scanning down with Commons Math. */
  private static double scannedHigh(int population, int sample, int inScope) {
    for (int k = population - (sample - inScope); ; k--) {
      if (new HypergeometricDistribution(null, population, k, sample).cumulativeProbability(inScope)
          > 0.025) {
        return k;
      }
    }
  }

  @Test
  void contextStagesOfAnotherUnitAndRatesStayOutOfCaseConversions() {
    JsonPath json = asEditor().get(SEED).then().statusCode(200).extract().jsonPath();
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
    asEditor()
        .get(SEED)
        .then()
        .body("stages.find { it.key == 'under_investigation' }.conversion", nullValue());
  }

  @Test
  void everyDerivedNumberNamesItsMethodAndInputs() {
    Object body = asEditor().get(SEED).then().statusCode(200).extract().jsonPath().get("$");
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
