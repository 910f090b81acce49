package org.casefunnel.limits;

import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.casefunnel.support.TestAuth;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(WriteRateLimitTest.LowLimit.class)
class WriteRateLimitTest {

  /** Three writes in a burst, then one a minute. */
  public static class LowLimit implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("casefunnel.rate-limit.burst", "3", "casefunnel.rate-limit.per-minute", "1");
    }
  }

  private static Response write(int i) {
    return TestAuth.asEditor()
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "id",
                "rate-" + i,
                "title",
                "Rate " + i,
                "organisation",
                "Org",
                "jurisdiction",
                "Here",
                "unit",
                "case"))
        .post("/api/funnels");
  }

  @Test
  void writesBeyondTheBurstAreTooManyRequestsWithRetryAfter() {
    for (int i = 0; i < 3; i++) {
      write(i).then().statusCode(201);
    }
    Response refused = write(3);
    refused
        .then()
        .statusCode(429)
        .contentType("application/problem+json")
        .body("type", equalTo("urn:case-funnel:problem:too-many-requests"));
    Assertions.assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 60L);
    // reads are not limited
    TestAuth.anonymous().get("/api/funnels").then().statusCode(200);
    // another client has its own bucket
    io.restassured.RestAssured.given()
        .auth()
        .preemptive()
        .basic(TestAuth.EDITOR2, TestAuth.EDITOR2_PASSWORD)
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "id",
                "rate-other",
                "title",
                "Other",
                "organisation",
                "Org",
                "jurisdiction",
                "Here",
                "unit",
                "case"))
        .post("/api/funnels")
        .then()
        .statusCode(201);
  }
}
