package org.casefunnel.common.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Map;
import org.casefunnel.common.web.SpecOperations.Operation;
import org.junit.jupiter.api.Test;

/** A query parameter's bounds are what the spec declares for it, enforced at both ends. */
@QuarkusTest
class QueryParameterBoundsTest {

  private static final String PROBLEM = "application/problem+json";
  private static final String INVALID = "urn:case-funnel:problem:invalid-parameter";

  @Test
  void everyNumericBoundTheSpecDeclaresIsEnforcedAtBothEnds() {
    int bounds = 0;
    for (Operation op : SpecOperations.operations()) {
      for (Map.Entry<String, Map<String, Object>> p : op.query().entrySet()) {
        String name = p.getKey();
        Map<String, Object> schema = p.getValue();
        if (!"integer".equals(schema.get("type")) || !"int32".equals(schema.get("format"))) {
          continue;
        }
        long min = ((Number) schema.get("minimum")).longValue();
        long max = ((Number) schema.get("maximum")).longValue();
        String where = op + " " + name;
        refused(SpecOperations.call(op, Map.of(name, String.valueOf(min - 1))), where)
            .isEqualTo(name + " must be greater than or equal to " + min);
        refused(SpecOperations.call(op, Map.of(name, String.valueOf(max + 1))), where)
            .isEqualTo(name + " must be less than or equal to " + max);
        for (long ok : new long[] {min, max}) {
          Response r = SpecOperations.call(op, Map.of(name, String.valueOf(ok)));
          assertThat(r.statusCode()).as(where + "=" + ok).isNotEqualTo(500);
          if (r.statusCode() == 400) {
            assertThat(r.<String>path("errors[0].pointer")).as(where + "=" + ok).isNotEqualTo(name);
          }
        }
        bounds++;
      }
    }
    assertThat(bounds).as("page, size and limit at least").isGreaterThanOrEqualTo(3);
  }

  @Test
  void everyLengthTheSpecDeclaresForAQueryParameterIsEnforced() {
    int bounds = 0;
    for (Operation op : SpecOperations.operations()) {
      for (Map.Entry<String, Map<String, Object>> p : op.query().entrySet()) {
        if (!(p.getValue().get("maxLength") instanceof Number length)) {
          continue;
        }
        String name = p.getKey();
        String where = op + " " + name;
        refused(SpecOperations.call(op, Map.of(name, "1".repeat(length.intValue() + 1))), where)
            .isEqualTo(name + " must be at most " + length + " characters long");
        Response r = SpecOperations.call(op, Map.of(name, "1".repeat(length.intValue())));
        assertThat(r.statusCode()).as(where).isNotEqualTo(500);
        if (r.statusCode() == 400) {
          assertThat(r.<String>path("detail")).as(where).doesNotContain("characters long");
        }
        bounds++;
      }
    }
    assertThat(bounds).isGreaterThanOrEqualTo(15);
  }

  private static org.assertj.core.api.AbstractStringAssert<?> refused(Response r, String where) {
    assertThat(r.statusCode()).as(where).isEqualTo(400);
    assertThat(r.contentType()).as(where).startsWith(PROBLEM);
    assertThat(r.<String>path("type")).as(where).isEqualTo(INVALID);
    return assertThat(r.<String>path("detail")).as(where);
  }

  @Test
  void everyParameterOutOfRangeIsNamedInOneAnswer() {
    given()
        .get("/api/funnels?page=-1&size=201")
        .then()
        .statusCode(400)
        .contentType(PROBLEM)
        .body("type", equalTo(INVALID))
        .body("detail", equalTo("2 parameters are invalid: page, size."))
        .body("errors.pointer", contains("page", "size"))
        .body(
            "errors.detail",
            contains("must be greater than or equal to 0", "must be less than or equal to 200"));
  }

  @Test
  void aNumberBeyondAnyIntIsOutOfRangeAndAWordIsNoNumber() {
    given()
        .get("/api/funnels?size=99999999999")
        .then()
        .statusCode(400)
        .body("detail", equalTo("size must be less than or equal to 200"));
    given()
        .get("/api/funnels?size=ten")
        .then()
        .statusCode(400)
        .contentType(PROBLEM)
        .body("errors[0].pointer", equalTo("size"))
        .body("detail", equalTo("size must be a whole number within range, not 'ten'"));
  }

  @Test
  void theOverviewPageBoundsItsPagingAsTheApiDoes() {
    given()
        .get("/?size=201")
        .then()
        .statusCode(400)
        .contentType(PROBLEM)
        .body("detail", equalTo("size must be less than or equal to 200"));
    given().get("/?page=-1").then().statusCode(400).body("errors[0].pointer", equalTo("page"));
    given().get("/?size=200").then().statusCode(200).contentType("text/html");
  }
}
