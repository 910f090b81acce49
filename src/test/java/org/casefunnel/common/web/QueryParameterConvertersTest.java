package org.casefunnel.common.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
class QueryParameterConvertersTest {

  /** The problem's own detail names the parameter: a client that shows only it still says which. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "/api/changes?limit=abc|limit|must be a whole number within range, not 'abc'",
        "/api/funnels?size=1e9|size|must be a whole number within range, not '1e9'",
        "/api/funnels?page=%2B1|page|must be a whole number within range, not '+1'",
        "/api/funnels?page=%EF%BC%91|page|must be a whole number within range, not '\uFF11'",
        "/api/changes?limit=%D9%A1|limit|must be a whole number within range, not '\u0661'",
        "/api/funnels/met-group-cse-review/sources/x?text=maybe|text|must be true or false, not 'maybe'",
        "/api/funnels/met-group-cse-review/statistics?asOf=2024-02-30|asOf|must be a date as YYYY-MM-DD, not '2024-02-30'",
        "/api/statistics/compare?funnels=a|funnels|must name between 2 and 20 different funnel ids, comma-separated"
      })
  void anUnusableValueIsAnInvalidParameterProblemWhoseDetailNamesIt(
      String target, String name, String predicate) {
    given()
        .urlEncodingEnabled(false)
        .get(target)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("type", equalTo("urn:case-funnel:problem:invalid-parameter"))
        .body("detail", equalTo(name + " " + predicate))
        .body("errors[0].pointer", equalTo(name))
        .body("errors[0].detail", equalTo(predicate));
  }

  /** Only ASCII digits name a figure: "+1", full-width or Arabic-Indic digits alias no id. */
  @ParameterizedTest
  @CsvSource({
    "/api/figures/%2B1",
    "/api/figures/%EF%BC%91",
    "/api/figures/%D9%A1/history",
    "/api/figures/01"
  })
  void aNumericIdInAnotherFormNamesNoResource(String target) {
    // nor does a precondition find the figure it would alias
    given()
        .urlEncodingEnabled(false)
        .header("If-None-Match", "*")
        .get(target)
        .then()
        .statusCode(404);
    given()
        .urlEncodingEnabled(false)
        .get(target)
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
  }

  @org.junit.jupiter.api.Test
  void severalInvalidParametersAreNamedInTheDetail() {
    given()
        .get("/api/funnels?page=-1&size=0")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("detail", equalTo("2 parameters are invalid: page, size."))
        .body("errors.pointer", org.hamcrest.Matchers.contains("page", "size"));
  }
}
