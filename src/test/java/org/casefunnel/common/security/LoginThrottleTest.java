package org.casefunnel.common.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Failed logins are throttled per user name (issue 15); the test profile allows 5 failures per name
 * in the window and, since every test shares one address, many per address.
 */
@QuarkusTest
class LoginThrottleTest {

  private static Response attempt(String user, String password) {
    return given()
        .auth()
        .preemptive()
        .basic(user, password)
        .contentType(ContentType.JSON)
        .body("{}")
        .post("/api/funnel-documents");
  }

  @Test
  void afterFiveFailuresANameIsTooManyRequestsWithRetryAfter() {
    String name = "probe-" + UUID.randomUUID();
    for (int i = 0; i < 5; i++) {
      attempt(name, "guess-" + i).then().statusCode(401);
    }
    Response refused = attempt(name, "guess-6");
    refused
        .then()
        .statusCode(429)
        .contentType("application/problem+json")
        .body("type", equalTo("urn:case-funnel:problem:too-many-requests"));
    long retryAfter = Long.parseLong(refused.header("Retry-After"));
    assertThat(retryAfter).isBetween(1L, 15L * 60);
    assertThat(refused.asString()).doesNotContain("guess-6");

    // another name is not affected
    attempt("probe-" + UUID.randomUUID(), "guess").then().statusCode(401);
  }
}
