package org.casefunnel.common.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.casefunnel.support.RawHttp;
import org.casefunnel.support.TestAuth;
import org.junit.jupiter.api.Test;

/**
 * Problems written before any filter runs (an invalid request target, a body over the limit) carry
 * the headers every other answer carries: Vary: Origin (CORS; a shared cache must not hand one
 * origin's answer to another), the request id, Date and the security headers.
 */
@QuarkusTest
class EarlyProblemHeadersTest {

  @Test
  void anInvalidRequestTargetCarriesTheHeadersOfEveryAnswer() throws Exception {
    RawHttp.Answer answer =
        RawHttp.get("/api/funnels/%zz", "Origin: https://dash.example", "X-Request-Id: early-1");
    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
    assertThat(answer.header("Vary")).contains("Origin");
    assertThat(answer.header("X-Request-Id")).isEqualTo("early-1");
    assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(answer.header("Referrer-Policy")).isEqualTo("no-referrer");
    assertThat(answer.header("Date")).isNotBlank();
    assertThat(answer.header("Cache-Control")).isEqualTo("no-store");
  }

  @Test
  void aBodyOverTheLimitCarriesTheHeadersOfEveryAnswer() {
    // the test profile's limit is 2 MB
    String huge = "{\"funnel\":{\"id\":\"too-big\",\"title\":\"" + "x".repeat(3_000_000) + "\"}}";
    TestAuth.asEditor()
        .contentType(ContentType.JSON)
        .header("X-Request-Id", "early-2")
        .body(huge)
        .post("/api/funnel-documents")
        .then()
        .statusCode(413)
        .contentType("application/problem+json")
        .body("type", equalTo("urn:case-funnel:problem:payload-too-large"))
        .header("Vary", containsString("Origin"))
        .header("X-Request-Id", equalTo("early-2"))
        .header("X-Content-Type-Options", equalTo("nosniff"))
        .header("Referrer-Policy", equalTo("no-referrer"))
        .header("Date", notNullValue())
        .header("Cache-Control", equalTo("no-store"));
  }

  @Test
  void aProblemFromTheRestLayerCarriesTheSameHeaders() {
    given()
        .header("X-Request-Id", "late-1")
        .get("/api/funnels/no-such-funnel-here")
        .then()
        .statusCode(404)
        .header("Vary", containsString("Origin"))
        .header("X-Request-Id", equalTo("late-1"))
        .header("X-Content-Type-Options", equalTo("nosniff"))
        .header("Referrer-Policy", equalTo("no-referrer"))
        .header("Date", notNullValue());
  }
}
