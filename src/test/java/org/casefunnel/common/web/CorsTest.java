package org.casefunnel.common.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A dashboard on another origin can read with fetch() and see the caching and paging headers. */
@QuarkusTest
class CorsTest {

  private static final String DASHBOARD = "https://dashboard.example.org";

  @Test
  void crossOriginReadIsAllowedAndExposesCachingHeaders() {
    given()
        .header("Origin", DASHBOARD)
        .get("/api/funnels/met-group-cse-review")
        .then()
        .statusCode(200)
        .header("Access-Control-Allow-Origin", anyOf(equalTo("*"), equalTo(DASHBOARD)))
        .header("Access-Control-Expose-Headers", containsString("ETag"))
        .header("Access-Control-Expose-Headers", containsString("Link"))
        .header("Access-Control-Allow-Credentials", not(equalTo("true")));
  }

  @Test
  void everyAnswerVariesByOriginSoSharedCachesKeepOriginsApart() {
    String etag = given().get("/api/funnels/met-group-cse-review").header("ETag");
    for (Response r :
        List.of(
            given().header("Origin", DASHBOARD).get("/api/funnels/met-group-cse-review"),
            given()
                .header("Origin", DASHBOARD)
                .header("If-None-Match", etag)
                .get("/api/funnels/met-group-cse-review"),
            given().get("/api/funnels/met-group-cse-review/statistics"))) {
      // one Vary header naming Accept (negotiated) and Origin, each once
      assertThat(r.headers().getValues("Vary")).containsExactly("Accept, Origin");
    }
  }

  @Test
  void preflightForAConditionalWriteIsAnswered() {
    given()
        .header("Origin", DASHBOARD)
        .header("Access-Control-Request-Method", "PUT")
        .header("Access-Control-Request-Headers", "authorization,content-type,if-match")
        .options("/api/funnels/met-group-cse-review")
        .then()
        .statusCode(200)
        .header("Access-Control-Allow-Origin", notNullValue())
        .header("Access-Control-Allow-Methods", containsString("PUT"))
        .header("Access-Control-Allow-Headers", containsString("If-Match"));
  }
}
