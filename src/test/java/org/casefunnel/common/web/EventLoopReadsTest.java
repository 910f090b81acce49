package org.casefunnel.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.Header;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.casefunnel.support.TestAuth;
import org.junit.jupiter.api.Test;

/**
 * A read answered once on the worker is answered on the event loop the next time, as the worker
 * would have answered it: the same status, headers (besides Date and the request id) and body.
 */
@QuarkusTest
class EventLoopReadsTest {

  private static final String FUNNEL = "event-loop-reads";

  /** Headers that differ between any two answers. */
  private static final Set<String> PER_ANSWER = Set.of("date", "x-request-id");

  @Inject EventLoopReads early;

  @Test
  void everyRevalidationIsAnsweredOnTheEventLoopWithTheWorkersHeaders()
      throws InterruptedException {
    List<String> paths = EveryReadRevalidatesTest.concretePaths(FUNNEL);
    awaitSettledDates();
    for (String path : paths) {
      // an Accept header no other test sends: the first request of each kind reaches the worker
      String accept = "*/*;q=0.91";
      String etag =
          anonymous().accept(accept).get(path).then().statusCode(200).extract().header("ETag");

      Response worker = anonymous().accept("*/*;q=0.92").header("If-None-Match", etag).get(path);
      long before = early.answered();
      Response fromMemory =
          anonymous().accept("*/*;q=0.92").header("If-None-Match", etag).get(path);

      assertThat(early.answered())
          .as("304 of " + path + " on the event loop")
          .isEqualTo(before + 1);
      assertThat(worker.statusCode()).as(path).isEqualTo(304);
      assertThat(fromMemory.statusCode()).as(path).isEqualTo(304);
      assertThat(headers(fromMemory))
          .as("headers of the 304 of " + path)
          .isEqualTo(headers(worker));
      assertThat(fromMemory.body().asByteArray()).isEmpty();
    }
  }

  @Test
  void repeatedReadsWithAKeptBodyAreAnsweredOnTheEventLoopAsTheOperationAnswered()
      throws InterruptedException {
    EveryReadRevalidatesTest.concretePaths(FUNNEL);
    awaitSettledDates();
    int answeredEarly = 0;
    for (String path : EveryReadRevalidatesTest.concretePaths(FUNNEL)) {
      String accept = "*/*;q=0.93";
      Response operation = anonymous().accept(accept).get(path);
      long before = early.answered();
      Response again = anonymous().accept(accept).get(path);
      if (early.answered() == before) {
        continue; // a body that is not kept (rendered pages): the operation runs again
      }
      answeredEarly++;
      assertThat(again.statusCode()).as(path).isEqualTo(200);
      assertThat(headers(again)).as("headers of " + path).isEqualTo(headers(operation));
      assertThat(again.body().asByteArray())
          .as("body of " + path)
          .isEqualTo(operation.body().asByteArray());
    }
    // the funnel views, statistics, charts, exports and lists at least
    assertThat(answeredEarly).isGreaterThanOrEqualTo(20);
  }

  @Test
  void readsWithCredentialsOrFromAnotherOriginAreLeftToTheWorker() {
    String path = "/api/funnels/" + FUNNEL + "/statistics";
    EveryReadRevalidatesTest.concretePaths(FUNNEL);
    String etag = anonymous().get(path).then().extract().header("ETag");
    anonymous().header("If-None-Match", etag).get(path).then().statusCode(304);

    long before = early.answered();
    TestAuth.asReader().header("If-None-Match", etag).get(path).then().statusCode(304);
    anonymous()
        .header("Origin", "https://dashboard.example")
        .header("If-None-Match", etag)
        .get(path)
        .then()
        .statusCode(304);
    // wrong credentials are the security layer's to answer, whatever the read policy
    anonymous()
        .header("Authorization", "Basic bm9ib2R5Ondyb25n")
        .header("If-None-Match", etag)
        .get(path);

    assertThat(early.answered()).isEqualTo(before);
  }

  /**
   * Waits until the second of the last write is over: before that, Last-Modified is withheld
   * (HttpDates.settled), so two answers on either side of the second's end differ by it.
   */
  private static void awaitSettledDates() throws InterruptedException {
    Instant now = Instant.now();
    Thread.sleep(
        Duration.between(now, now.truncatedTo(ChronoUnit.SECONDS).plusSeconds(1)).toMillis() + 20);
  }

  /** No credentials, whatever another test class made the default. */
  private static RequestSpecification anonymous() {
    return TestAuth.anonymous();
  }

  private static Map<String, String> headers(Response r) {
    return r.headers().asList().stream()
        .filter(h -> !PER_ANSWER.contains(h.getName().toLowerCase()))
        .collect(
            Collectors.groupingBy(
                h -> h.getName().toLowerCase(),
                TreeMap::new,
                Collectors.mapping(Header::getValue, Collectors.joining(" | "))));
  }
}
