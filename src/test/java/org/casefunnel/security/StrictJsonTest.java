package org.casefunnel.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.casefunnel.TestDocuments;
import org.casefunnel.support.TestAuth;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * JSON is read as sent or refused (issue 15): nothing is truncated, converted or dropped on the way
 * in, and the refusal names the JSON pointer of the value.
 */
@QuarkusTest
class StrictJsonTest {

  private static final String FUNNEL = "strict-json";
  private static final String FIGURES = "/api/funnels/" + FUNNEL + "/stages/reviewed/figures";

  @BeforeAll
  static void actAsEditor() {
    TestAuth.editorByDefault();
  }

  @BeforeEach
  void importFunnel() {
    TestDocuments.ensureImported(TestDocuments.valid(FUNNEL));
  }

  /** A valid figure body with one member replaced by raw JSON. */
  private static String figure(String member, String rawValue) {
    String count = member.equals("count") ? rawValue : "125";
    String wording = member.equals("wording") ? rawValue : "\"125 reviewed\"";
    String approximate = member.equals("approximate") ? rawValue : "false";
    String asOf = member.equals("asOf") ? rawValue : "\"2026-01-12\"";
    return "{\"stage\":\"reviewed\",\"count\":"
        + count
        + ",\"approximate\":"
        + approximate
        + ",\"asOf\":"
        + asOf
        + ",\"status\":\"provisional\",\"wording\":"
        + wording
        + ",\"statementIds\":[\"st1\"]}";
  }

  private static void refused(String member, String rawValue) {
    given()
        .contentType(ContentType.JSON)
        .body(figure(member, rawValue))
        .post(FIGURES)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("type", equalTo("urn:case-funnel:problem:malformed-request"))
        .body("errors.pointer", hasItem("/" + member));
  }

  @Test
  void theUnchangedBodyIsAccepted() {
    given()
        .contentType(ContentType.JSON)
        .body(figure("none", ""))
        .post(FIGURES)
        .then()
        .statusCode(201)
        .body("count", equalTo(125));
  }

  @Test
  void aFractionWhereACountIsExpectedIsRefusedNotTruncated() {
    refused("count", "1.5");
    refused("count", "125.0");
  }

  @Test
  void aStringWhereANumberIsExpectedIsRefused() {
    refused("count", "\"123\"");
    refused("count", "true");
  }

  @Test
  void onlyTrueAndFalseAreBooleans() {
    refused("approximate", "1");
    refused("approximate", "2");
    refused("approximate", "\"true\"");
    refused("approximate", "\"\\u0000true\"");
  }

  @Test
  void numbersAndBooleansAreNotText() {
    refused("wording", "125");
    refused("wording", "true");
  }

  @Test
  void aDateOfControlCharactersIsRefusedNotReadAsNoDate() {
    refused("asOf", "\"\\u0000\"");
    refused("asOf", "\"\\u00002026-01-12\"");
    refused("asOf", "\"\"");
  }

  @Test
  void nulInTextIsRefused() {
    refused("wording", "\"125\\u0000 reviewed\"");
  }

  @Test
  void ifMatchWithAStarInAListIsABadRequestNotAWildcard() {
    TestDocuments.ensureImported(TestDocuments.valid("strict-if-match"));
    given()
        .header("If-Match", "* , \"x\"")
        .delete("/api/funnels/strict-if-match")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.pointer", hasItem("If-Match"));
    given().get("/api/funnels/strict-if-match").then().statusCode(200);
    given()
        .header("If-Match", "\"x\", W/\"y\"")
        .delete("/api/funnels/strict-if-match")
        .then()
        .statusCode(412);
  }
}
