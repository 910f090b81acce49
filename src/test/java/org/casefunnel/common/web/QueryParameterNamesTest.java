package org.casefunnel.common.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.casefunnel.common.web.SpecOperations.Operation;
import org.junit.jupiter.api.Test;

@QuarkusTest
class QueryParameterNamesTest {

  private static final String PROBLEM = "application/problem+json";
  private static final String UNKNOWN = "is not a query parameter of this operation";

  @Test
  void everyOperationRefusesAQueryParameterItDoesNotTakeNamingIt() {
    List<Operation> ops = SpecOperations.operations();
    assertThat(ops).hasSizeGreaterThanOrEqualTo(40);
    assertThat(ops).anyMatch(Operation::browser);
    for (Operation op : ops) {
      Response r = SpecOperations.call(op, Map.of("organization", "Met"));
      if (op.browser()) {
        // pages and charts ignore what other sites add to their links
        assertThat(r.statusCode()).as(op.toString()).isNotIn(400, 500);
        continue;
      }
      assertThat(r.statusCode()).as(op.toString()).isEqualTo(400);
      assertThat(r.contentType()).as(op.toString()).startsWith(PROBLEM);
      assertThat(r.<String>path("type")).isEqualTo("urn:case-funnel:problem:invalid-parameter");
      assertThat(r.<String>path("errors[0].pointer")).as(op.toString()).isEqualTo("organization");
      assertThat(r.<String>path("detail")).as(op.toString()).contains(UNKNOWN);
    }
  }

  @Test
  void everyOperationTakesEveryQueryParameterItsSpecDeclares() {
    int declared = 0;
    for (Operation op : SpecOperations.operations()) {
      Map<String, String> query = new java.util.LinkedHashMap<>();
      op.query().forEach((name, schema) -> query.put(name, SpecOperations.plausible(schema)));
      declared += query.size();
      Response r = SpecOperations.call(op, query);
      assertThat(r.statusCode()).as(op + " " + query).isNotEqualTo(500);
      if (r.statusCode() == 400 && r.contentType().startsWith(PROBLEM)) {
        assertThat(r.<String>path("detail")).as(op + " " + query).doesNotContain(UNKNOWN);
      }
    }
    assertThat(declared).isGreaterThanOrEqualTo(20);
  }

  @Test
  void aMisspeltDateIsRefusedRatherThanAnsweredAsToday() {
    given()
        .get("/api/funnels/met-group-cse-review/statistics?asof=2024-01-01")
        .then()
        .statusCode(400)
        .contentType(PROBLEM)
        .body("errors[0].pointer", equalTo("asof"))
        .body("detail", containsString("it takes asOf"))
        .body("detail", containsString("format"));
  }

  @Test
  void anOperationWithoutQueryParametersSaysItTakesOnlyFormat() {
    given()
        .get("/api/funnels/met-group-cse-review/stages/identified?verbose=1")
        .then()
        .statusCode(400)
        .contentType(PROBLEM)
        .body(
            "detail",
            equalTo("verbose " + UNKNOWN + "; it takes only format (names are case-sensitive)"));
  }

  @Test
  void pagesAndChartsThatOtherSitesLinkToIgnoreParametersTheyDoNotTake() {
    given()
        .get("/api/funnels/met-group-cse-review/chart.svg?utm_source=newsletter&v=2")
        .then()
        .statusCode(200)
        .contentType("image/svg+xml");
    // a parameter they do take is still checked
    given()
        .get("/api/funnels/met-group-cse-review/chart.svg?asOf=someday&v=2")
        .then()
        .statusCode(400)
        .body("errors[0].pointer", equalTo("asOf"));
  }

  @Test
  void aListOfTwentyLongIdsIsNotTooLongToCompare() {
    String ids =
        String.join(
            ",",
            java.util.stream.IntStream.range(10, 30).mapToObj(i -> "x".repeat(98) + i).toList());
    // within its own bound (2,019 characters), so the ids are looked up: none exists
    given().queryParam("funnels", ids).get("/api/statistics/compare").then().statusCode(404);
    given()
        .queryParam("funnels", ids + ",y")
        .get("/api/statistics/compare")
        .then()
        .statusCode(400)
        .body("detail", equalTo("funnels must be at most 2019 characters long"));
  }

  @Test
  void theFormatParameterIsTakenEverywhere() {
    given()
        .get("/api/funnels/met-group-cse-review/stages/identified?format=json")
        .then()
        .statusCode(200)
        .contentType(ContentType.JSON);
  }

  @Test
  void anEmptyPairLeftByAHandBuiltQueryNamesNothing() {
    given()
        .urlEncodingEnabled(false)
        .get("/api/funnels?size=5&")
        .then()
        .statusCode(200)
        .contentType(ContentType.JSON);
  }

  @Test
  void aFilterLongerThanTheSpecAllowsIsRefusedAndOneAtTheLimitIsTaken() {
    given()
        .queryParam("organisation", "x".repeat(QueryParameterNames.MAX_LENGTH + 1))
        .get("/api/funnels")
        .then()
        .statusCode(400)
        .contentType(PROBLEM)
        .body("errors[0].pointer", equalTo("organisation"))
        .body("detail", equalTo("organisation must be at most 300 characters long"));
    given()
        .queryParam("organisation", "x".repeat(QueryParameterNames.MAX_LENGTH))
        .get("/api/funnels")
        .then()
        .statusCode(200)
        .body("items.size()", equalTo(0));
    // characters, not UTF-16 units: 300 emoji are 600 units
    given()
        .queryParam("organisation", "\uD83D\uDE00".repeat(QueryParameterNames.MAX_LENGTH))
        .get("/api/funnels")
        .then()
        .statusCode(200);
  }

  @Test
  void anUnknownFormatListsTheFormatsOfTheOperationAskedFor() {
    given()
        .queryParam("format", "xlsx")
        .get("/api/funnels/met-group-cse-review/statistics")
        .then()
        .statusCode(400)
        .contentType(PROBLEM)
        .body("errors[0].pointer", equalTo("format"))
        .body("detail", equalTo("format must be one of json, csv here, not 'xlsx'"));
    given()
        .queryParam("format", "xlsx")
        .get("/api/funnels/met-group-cse-review/stages/identified")
        .then()
        .statusCode(400)
        .body("detail", equalTo("format must be json here, or be left out, not 'xlsx'"));
    given().queryParam("format", "xlsx").get("/api/nothing-here").then().statusCode(404);
  }

  @Test
  void aQueryParameterGivenTwiceIsABadRequestNamingIt() {
    given()
        .urlEncodingEnabled(false)
        .get("/api/funnels?size=1&size=500")
        .then()
        .statusCode(400)
        .contentType(PROBLEM)
        .body("type", equalTo("urn:case-funnel:problem:invalid-parameter"))
        .body("errors[0].pointer", equalTo("size"))
        .body("detail", containsString("2 times"));
    // pages and charts take one value of their own parameters too, and ignore the others
    given()
        .urlEncodingEnabled(false)
        .get("/api/funnels/met-group-cse-review/chart.svg?asOf=2030-01-01&asOf=2031-01-01")
        .then()
        .statusCode(400);
    given()
        .urlEncodingEnabled(false)
        .get("/api/funnels/met-group-cse-review/chart.svg?_=1&_=2")
        .then()
        .statusCode(200);
  }

  @Test
  void aDateOrAnInstantIsBoundByItsOwnLengthAsTheSpecSays() {
    given()
        .queryParam("asOf", "2".repeat(301))
        .get("/api/funnels/met-group-cse-review")
        .then()
        .statusCode(400)
        .body("errors[0].pointer", equalTo("asOf"))
        .body("detail", equalTo("asOf must be at most 10 characters long"));
    // a space the parser would strip makes it longer than a date
    given()
        .urlEncodingEnabled(false)
        .get("/api/funnels/met-group-cse-review?asOf=2024-01-01%20")
        .then()
        .statusCode(400)
        .body("detail", equalTo("asOf must be at most 10 characters long"));
    given()
        .queryParam("since", "2026-01-01T00:00:00.000000000+01:00:00")
        .get("/api/changes")
        .then()
        .statusCode(400)
        .body("detail", equalTo("since must be at most 35 characters long"));
  }
}
