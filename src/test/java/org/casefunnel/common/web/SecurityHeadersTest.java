package org.casefunnel.common.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

/** The pages and the chart forbid scripts and sniffing (issue 15). */
@QuarkusTest
class SecurityHeadersTest {

  private static void strict(ValidatableResponse r) {
    r.statusCode(200)
        .header("Content-Security-Policy", containsString("default-src 'none'"))
        .header("Content-Security-Policy", not(containsString("script-src")))
        .header("X-Content-Type-Options", equalTo("nosniff"))
        .header("Referrer-Policy", equalTo("no-referrer"));
  }

  @Test
  void theOverviewPageForbidsScripts() {
    strict(given().accept("text/html").get("/").then().contentType(containsString("text/html")));
  }

  @Test
  void aFunnelPageForbidsScripts() {
    strict(given().get("/funnels/met-group-cse-review").then());
  }

  @Test
  void theSvgChartForbidsScripts() {
    strict(
        given()
            .get("/api/funnels/met-group-cse-review/chart.svg")
            .then()
            .contentType(containsString("image/svg+xml")));
  }

  @Test
  void jsonAnswersAreNotSniffed() {
    given()
        .get("/api/funnels")
        .then()
        .statusCode(200)
        .header("X-Content-Type-Options", equalTo("nosniff"));
  }
}
