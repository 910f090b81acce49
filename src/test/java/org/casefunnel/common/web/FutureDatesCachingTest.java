package org.casefunnel.common.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.casefunnel.TestDocuments;
import org.casefunnel.common.config.Clocks;
import org.casefunnel.support.MovableClock;
import org.casefunnel.support.TestAuth;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A figure dated tomorrow is warned about as a date still to come; once that day has begun the
 * warning goes, with no write. Every cached read of the funnel then carries a new tag, so neither a
 * revalidation nor the kept body keeps the old warning, on either thread that answers reads.
 */
@QuarkusTest
class FutureDatesCachingTest {

  @Inject MovableClock clock;

  @AfterEach
  void putTheClockBack() {
    clock.reset();
  }

  @Test
  void aWarningAboutADateStillToComeGoesWhenThatDayBeginsAndTheTagsMoveWithIt() {
    String tomorrow = Clocks.latestToday(Clock.systemUTC()).plusDays(1).toString();
    Map<String, Object> doc = TestDocuments.valid("cache-future-date");
    TestDocuments.part(doc, "figures", 1).put("asOf", tomorrow);
    TestDocuments.ensureImported(doc);
    String api = "/api/funnels/cache-future-date";
    String before =
        given()
            .get(api + "/statistics")
            .then()
            .statusCode(200)
            .body("warnings.code", hasItem("date_in_future"))
            .extract()
            .header("ETag");
    String chartBefore =
        given().get(api + "/chart.svg").then().statusCode(200).extract().header("ETag");
    // the same tag again, whichever thread answers: nothing changed yet
    for (int i = 0; i < 3; i++) {
      given().header("If-None-Match", before).get(api + "/statistics").then().statusCode(304);
    }

    clock.moveAhead(Duration.ofDays(2));

    for (int i = 0; i < 3; i++) {
      String after =
          given()
              .header("If-None-Match", before)
              .get(api + "/statistics")
              .then()
              .statusCode(200)
              .body("warnings.code", not(hasItem("date_in_future")))
              .extract()
              .header("ETag");
      assertThat(after).isNotEqualTo(before);
      given().header("If-None-Match", after).get(api + "/statistics").then().statusCode(304);
    }
    String chartAfter =
        given()
            .header("If-None-Match", chartBefore)
            .get(api + "/chart.svg")
            .then()
            .statusCode(200)
            .extract()
            .header("ETag");
    assertThat(chartAfter).isNotEqualTo(chartBefore);
    // the moved tag still names the funnel's version: a conditional write accepts it
    String current = given().get(api + "/statistics").then().extract().header("ETag");
    TestAuth.asEditor().header("If-Match", current).delete(api).then().statusCode(204);
  }

  @Test
  void aFunnelWithNoDateStillToComeKeepsItsTagAcrossDays() {
    TestDocuments.ensureImported(TestDocuments.valid("cache-past-dates"));
    String api = "/api/funnels/cache-past-dates/statistics";
    String before = given().get(api).then().statusCode(200).extract().header("ETag");

    clock.moveAhead(Duration.ofDays(2));

    given().header("If-None-Match", before).get(api).then().statusCode(304);
  }
}
