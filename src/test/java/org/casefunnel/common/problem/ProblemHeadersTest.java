package org.casefunnel.common.problem;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.casefunnel.TestDocuments;
import org.casefunnel.support.TestAuth;
import org.junit.jupiter.api.Test;

/**
 * Problem answers are never stored by a cache (Cache-Control: no-store), whichever layer raised
 * them; and one whose content depends on Accept (every 406, and any answer of a negotiated read)
 * says so with Vary: Accept (RFC 9110 section 12.5.5), so a cache does not hand it to a client that
 * asked for another type.
 */
@QuarkusTest
class ProblemHeadersTest {

  private static final String PROBLEM = "application/problem+json";
  private static final String FUNNEL = "/api/funnels/problem-headers";

  private static ValidatableResponse problem(ValidatableResponse r, int status) {

    return r.statusCode(status)
        .contentType(PROBLEM)
        .header("Cache-Control", equalTo("no-store"))
        .body("status", equalTo(status))
        .body("type", containsString("urn:case-funnel:problem:"));
  }

  @Test
  void aNotAcceptableChartSaysItVariesByAccept() {
    TestDocuments.ensureImported(TestDocuments.valid("problem-headers"));
    problem(given().accept("application/xml").get(FUNNEL + "/chart.svg").then(), 406)
        .header("Vary", containsString("Accept"))
        .body("type", equalTo("urn:case-funnel:problem:not-acceptable"));
  }

  @Test
  void notAcceptableStatisticsSayTheyVaryByAccept() {
    TestDocuments.ensureImported(TestDocuments.valid("problem-headers"));
    problem(given().accept("application/xml").get(FUNNEL + "/statistics").then(), 406)
        .header("Vary", containsString("Accept"));
    // a quality of 0 for every type the read produces
    problem(
            given().accept("application/json;q=0, text/csv;q=0").get(FUNNEL + "/statistics").then(),
            406)
        .header("Vary", containsString("Accept"));
  }

  @Test
  void aFormatTheReadDoesNotProduceIsNotAcceptableAndVariesByAccept() {
    TestDocuments.ensureImported(TestDocuments.valid("problem-headers"));
    problem(given().queryParam("format", "svg").get(FUNNEL).then(), 406)
        .header("Vary", containsString("Accept"))
        .body("detail", containsString("format=svg"));
  }

  @Test
  void aNotAcceptableJsonOnlyReadVariesByAcceptToo() {
    TestDocuments.ensureImported(TestDocuments.valid("problem-headers"));
    problem(given().accept("application/xml").get(FUNNEL + "/history").then(), 406)
        .header("Vary", containsString("Accept"));
  }

  @Test
  void aMalformedAcceptIsABadRequestThatVariesByAccept() {
    TestDocuments.ensureImported(TestDocuments.valid("problem-headers"));
    problem(given().header("Accept", "garbage").get(FUNNEL).then(), 400)
        .header("Vary", containsString("Accept"));
  }

  @Test
  void aFailedPreconditionOnANegotiatedReadVariesByAccept() {
    TestDocuments.ensureImported(TestDocuments.valid("problem-headers"));
    // its tag is the variant's, so whether it fails depends on Accept
    problem(given().header("If-Match", "\"nope\"").get(FUNNEL + "/statistics").then(), 412)
        .header("Vary", containsString("Accept"));
  }

  @Test
  void problemsOfEveryStatusAreNotStored() {
    TestDocuments.ensureImported(TestDocuments.valid("problem-headers"));
    // a JSON-only read: Accept chose nothing
    problem(given().get("/api/funnels/no-such-funnel-here/history").then(), 404)
        .header("Vary", not(containsString("Accept")));
    // a negotiated read: every answer of it says Vary: Accept
    problem(given().get("/api/funnels/no-such-funnel-here").then(), 404)
        .header("Vary", containsString("Accept"));
    problem(given().queryParam("format", "xls").get(FUNNEL).then(), 400);
    problem(given().queryParam("sort", "nonsense").get("/api/funnels").then(), 400);
    problem(
        TestAuth.asEditor()
            .contentType(ContentType.JSON)
            .body("{\"count\": -1}")
            .post(FUNNEL + "/stages/identified/figures")
            .then(),
        422);
    problem(
        TestAuth.asEditor()
            .contentType(ContentType.JSON)
            .body("{")
            .post(FUNNEL + "/stages/identified/figures")
            .then(),
        400);
    problem(TestAuth.asEditor().delete(FUNNEL).then(), 428);
    problem(TestAuth.asEditor().header("If-Match", "\"old\"").delete(FUNNEL).then(), 412);
    problem(
        TestAuth.anonymous().contentType(ContentType.JSON).body("{}").post("/api/funnels").then(),
        401);
    problem(given().put("/api/changes").then(), 405);
  }

  @Test
  void aSuccessfulReadKeepsItsOwnCacheControl() {
    TestDocuments.ensureImported(TestDocuments.valid("problem-headers"));
    given().get(FUNNEL).then().statusCode(200).header("Cache-Control", equalTo("no-cache"));
  }
}
