package org.casefunnel.figure;

import static io.restassured.RestAssured.given;
import static org.casefunnel.TestDocuments.list;
import static org.casefunnel.TestDocuments.map;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.casefunnel.TestDocuments;
import org.casefunnel.support.TestAuth;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A figure recorded after the current one but dated before it is history filled in late: it never
 * changes the present, nor a dated view between the two dates.
 */
@QuarkusTest
class BackfilledFiguresTest {

  private static final String FUNNEL = "/api/funnels/backfilled";

  @BeforeAll
  static void actAsEditor() {
    TestAuth.editorByDefault();
  }

  private static Map<String, Object> reviewed(long count, String asOf) {
    return map(
        "stage",
        "reviewed",
        "count",
        count,
        "status",
        "reported",
        "asOf",
        asOf,
        "wording",
        "120 were reviewed",
        "statementIds",
        list("st1"));
  }

  private static int add(Map<String, Object> figure) {
    return given()
        .contentType(ContentType.JSON)
        .body(figure)
        .post(FUNNEL + "/stages/reviewed/figures")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  @Test
  void aFigureDatedBeforeTheCurrentOneIsStoredAsSupersededAndChangesNoView() {
    TestDocuments.ensureImported(TestDocuments.valid("backfilled"));
    // the document's 120 reviewed; then March's 140, then December's 100 recorded last
    add(reviewed(140, "2026-03-01"));
    String march = given().queryParam("asOf", "2026-03-15").get(FUNNEL + "/statistics").asString();
    int december = add(reviewed(100, "2025-12-01"));

    given()
        .get(FUNNEL)
        .then()
        .statusCode(200)
        .body("stages.find { it.key == 'reviewed' }.figure.count", equalTo(140));
    given()
        .get("/api/figures/" + december)
        .then()
        .body("current", equalTo(false))
        .body("supersededAt", notNullValue());
    given()
        .queryParam("asOf", "2026-03-15")
        .get(FUNNEL + "/statistics")
        .then()
        .body("stages.find { it.key == 'reviewed' }.value.low", equalTo(140))
        .body("", equalTo(new io.restassured.path.json.JsonPath(march).get("")));
    // at its own date it is the figure in effect
    given()
        .queryParam("asOf", "2025-12-31")
        .get(FUNNEL)
        .then()
        .body("stages.find { it.key == 'reviewed' }.figure.count", equalTo(100));
  }
}
