package org.casefunnel.document;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.casefunnel.TestDocuments;
import org.casefunnel.support.ServiceProcess;
import org.casefunnel.support.TestDatabases;
import org.junit.jupiter.api.Test;

/**
 * Runs against the packaged service on a new database of the kind it was built for (an H2 file
 * database, or a new PostgreSQL database on a -Ppostgresql build).
 */
class DurabilityIT {

  @Test
  void importAcknowledgedJustBeforeKillNineIsThereAfterRestart() throws Exception {
    Map<String, String> env = TestDatabases.newServiceDatabase("durability");
    try (ServiceProcess first = new ServiceProcess(env, List.of()).start(Duration.ofSeconds(240))) {
      given()
          .baseUri(first.baseUri())
          .contentType(ContentType.JSON)
          .body(TestDocuments.valid("survives-kill"))
          .post("/api/funnel-documents")
          .then()
          .statusCode(201);
      first.kill();
    }
    try (ServiceProcess second =
        new ServiceProcess(env, List.of()).start(Duration.ofSeconds(240))) {
      given()
          .baseUri(second.baseUri())
          .get("/api/funnels/survives-kill")
          .then()
          .statusCode(200)
          .body("stages[0].figure.count", equalTo(500));
      // the seed is loaded once, on the first start only
      given().baseUri(second.baseUri()).get("/api/funnels").then().body("total", equalTo(2));
    }
  }
}
