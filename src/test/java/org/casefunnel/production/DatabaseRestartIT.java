package org.casefunnel.production;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.response.Response;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.casefunnel.support.LocalPostgres;
import org.casefunnel.support.ServiceProcess;
import org.casefunnel.support.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * A PostgreSQL restart under load needs no application restart: while the database is away,
 * readiness is DOWN and requests fail fast with a 503 problem; once it accepts connections again,
 * the service answers within 10 s.
 */
@EnabledIfSystemProperty(named = "quarkus.datasource.db-kind", matches = "postgresql")
class DatabaseRestartIT {

  private static final String PATH = "/api/funnels/met-group-cse-review";

  /** A request's outcome as the load generator saw it. */
  record Outcome(int status, String type, long millis) {}

  @Test
  void databaseRestartUnderLoadIsSurvivedWithFastFailuresAndQuickRecovery() throws Exception {
    try (LocalPostgres db = new LocalPostgres()) {
      db.start();
      try (ServiceProcess service =
          new ServiceProcess(
                  TestDatabases.postgresEnv(db.jdbcUrl(), "postgres", ""),
                  List.of("-Dquarkus.log.category.\"org.casefunnel\".level=WARN"))
              .start(Duration.ofSeconds(240))) {
        ConcurrentLinkedQueue<Outcome> outcomes = new ConcurrentLinkedQueue<>();
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService load = Executors.newFixedThreadPool(4);
        for (int i = 0; i < 4; i++) {
          load.submit(
              () -> {
                while (running.get()) {
                  outcomes.add(call(service, PATH));
                }
                return null;
              });
        }
        try {
          // the load is being served (a cold JVM on shared cores may take a while for the first)
          long warm = System.nanoTime() + Duration.ofSeconds(60).toNanos();
          while (outcomes.stream().noneMatch(o -> o.status() == 200) && System.nanoTime() < warm) {
            Thread.sleep(100);
          }
          assertThat(outcomes).anyMatch(o -> o.status() == 200);

          db.stop();
          long stopped = System.nanoTime();
          awaitReadiness(service, 503, Duration.ofSeconds(15));
          // a request while the database is away is refused quickly, as a problem
          Outcome away = call(service, PATH);
          assertThat(away.status()).isEqualTo(503);
          assertThat(away.type()).isEqualTo("urn:case-funnel:problem:service-unavailable");
          given()
              .baseUri(service.baseUri())
              .get(PATH)
              .then()
              .statusCode(503)
              .contentType("application/problem+json")
              .header("Retry-After", "5")
              .body("status", equalTo(503))
              .body("instance", equalTo(PATH));
          given()
              .baseUri(service.baseUri())
              .get("/q/health/ready")
              .then()
              .statusCode(503)
              .body("status", equalTo("DOWN"));
          // liveness stays UP: restarting the replica would not bring the database back
          given().baseUri(service.baseUri()).get("/q/health/live").then().statusCode(200);
          Thread.sleep(Math.max(0, 3000 - (System.nanoTime() - stopped) / 1_000_000));

          db.start();
          long accepting = System.nanoTime();
          awaitStatus(service, PATH, 200, Duration.ofSeconds(10));
          long recoveredMillis = (System.nanoTime() - accepting) / 1_000_000;
          assertThat(recoveredMillis).isLessThan(10_000);
          awaitReadiness(service, 200, Duration.ofSeconds(10));
          Thread.sleep(1000);
        } finally {
          running.set(false);
          load.shutdown();
          load.awaitTermination(30, TimeUnit.SECONDS);
        }

        assertThat(outcomes).allMatch(o -> o.status() == 200 || o.status() == 503);
        assertThat(outcomes)
            .filteredOn(o -> o.status() == 503)
            .isNotEmpty()
            .allMatch(o -> "urn:case-funnel:problem:service-unavailable".equals(o.type()))
            // acquisition timeout 2 s, plus a connection attempt and scheduling on 2 shared cores
            .allMatch(o -> o.millis() < 6000, "answered within 6 s");
        assertThat(service.log()).doesNotContain("Unexpected error");
        // the request id is in the log line of the request that met the outage
        assertThat(service.log())
            .containsPattern("\\[[0-9a-f]{8}-[0-9a-f-]{27}\\] Database unavailable on " + PATH);
      }
    }
  }

  private static Outcome call(ServiceProcess service, String path) {
    long start = System.nanoTime();
    Response r = given().baseUri(service.baseUri()).get(path);
    long millis = (System.nanoTime() - start) / 1_000_000;
    String type = r.statusCode() == 200 ? null : r.jsonPath().getString("type");
    return new Outcome(r.statusCode(), type, millis);
  }

  private static void awaitReadiness(ServiceProcess service, int status, Duration timeout)
      throws InterruptedException {
    awaitStatus(service, "/q/health/ready", status, timeout);
  }

  private static void awaitStatus(ServiceProcess service, String path, int status, Duration timeout)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    int last = -1;
    while (System.nanoTime() < deadline) {
      last = given().baseUri(service.baseUri()).get(path).statusCode();
      if (last == status) {
        return;
      }
      Thread.sleep(100);
    }
    throw new AssertionError(path + " still answered " + last + " after " + timeout);
  }
}
