package org.casefunnel.document;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.casefunnel.TestDocuments;
import org.casefunnel.support.ServiceProcess;
import org.casefunnel.support.TestAuth;
import org.casefunnel.support.TestDatabases;
import org.junit.jupiter.api.Test;

/** Runs against the packaged service on its default embedded H2 file database. */
class DurabilityIT {

  private static final List<String> SETTINGS = TestAuth.PACKAGED_EDITOR;

  /** Kill rounds; .ci/run asks fewer on PostgreSQL, whose own durability is not under test here. */
  private static final int ROUNDS = Integer.getInteger("test.durability.rounds", 20);

  @Test
  void everyImportAcknowledgedBeforeEachKillNineIsThereAfterRestart() throws Exception {
    // a new database of the kind the service was built for (H2 file, or PostgreSQL)
    Map<String, String> env = TestDatabases.newServiceDatabase("durability");
    List<String> acknowledged = new ArrayList<>();
    AtomicInteger seq = new AtomicInteger();
    for (int round = 0; round < ROUNDS; round++) {
      try (ServiceProcess service =
          new ServiceProcess(env, SETTINGS).start(Duration.ofSeconds(240))) {
        // the database opened cleanly and holds everything acknowledged so far
        for (String id : acknowledged) {
          given()
              .baseUri(service.baseUri())
              .get("/api/funnels/" + id)
              .then()
              .statusCode(200)
              .body("stages[0].figure.count", equalTo(500));
        }
        ConcurrentLinkedQueue<String> acked = new ConcurrentLinkedQueue<>();
        AtomicBoolean stop = new AtomicBoolean();
        List<Thread> writers = new ArrayList<>();
        for (int w = 0; w < 3; w++) {
          Thread t =
              new Thread(
                  () -> {
                    while (!stop.get()) {
                      String id = "durable-" + seq.incrementAndGet();
                      try {
                        int status =
                            given()
                                .baseUri(service.baseUri())
                                .auth()
                                .preemptive()
                                .basic(TestAuth.EDITOR, TestAuth.EDITOR_PASSWORD)
                                .contentType(ContentType.JSON)
                                .body(TestDocuments.valid(id))
                                .post("/api/funnel-documents")
                                .statusCode();
                        if (status == 201) {
                          acked.add(id);
                        }
                      } catch (RuntimeException killed) {
                        // the connection died with the process: not acknowledged
                        return;
                      }
                    }
                  });
          t.start();
          writers.add(t);
        }
        // kill while imports are being acknowledged: after the first answer (a cold JVM on a busy
        // machine can take over a second for it), at a random moment
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (acked.isEmpty() && System.nanoTime() < deadline) {
          Thread.sleep(20);
        }
        assertThat(acked)
            .as("imports acknowledged in round %d before the kill", round)
            .isNotEmpty();
        Thread.sleep(ThreadLocalRandom.current().nextInt(50, 500));
        service.kill();
        stop.set(true);
        for (Thread t : writers) {
          t.join(10_000);
        }
        acknowledged.addAll(acked);
      }
    }
    // at least one acknowledged import per round, however many a round happened to fit
    assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(ROUNDS);
    try (ServiceProcess last = new ServiceProcess(env, SETTINGS).start(Duration.ofSeconds(240))) {
      for (String id : acknowledged) {
        given().baseUri(last.baseUri()).get("/api/funnels/" + id).then().statusCode(200);
      }
      // the seed is loaded once, on the first start only
      given()
          .baseUri(last.baseUri())
          .get("/api/funnels")
          .then()
          .body("total", org.hamcrest.Matchers.greaterThanOrEqualTo(acknowledged.size() + 1));
    }
  }
}
