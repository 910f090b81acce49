package org.casefunnel.common.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SingleQueryValuesTest {

  @Test
  void aQueryParameterGivenTwiceIsABadRequestNamingIt() {
    given()
        .urlEncodingEnabled(false)
        .get("/api/funnels?size=1&size=500")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("type", equalTo("urn:case-funnel:problem:invalid-parameter"))
        .body("errors[0].pointer", equalTo("size"))
        .body("detail", containsString("2 times"));
  }

  @Test
  void eachParameterOnceIsAnsweredAsBefore() {
    given()
        .urlEncodingEnabled(false)
        .get("/api/funnels/met-group-cse-review/statistics?asOf=2030-01-01&format=json")
        .then()
        .statusCode(200)
        .contentType(not(containsString("problem")));
  }
}
