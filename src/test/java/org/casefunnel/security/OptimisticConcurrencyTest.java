package org.casefunnel.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casefunnel.TestDocuments.map;
import static org.casefunnel.support.TestAuth.asEditor;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.casefunnel.TestDocuments;
import org.casefunnel.support.TestAuth;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OptimisticConcurrencyTest {

  private static final String PROBLEM = "application/problem+json";

  @TestHTTPResource("/")
  URL base;

  @Test
  void fiftyConcurrentUpdatesWithTheSameETagLetExactlyOneThrough() throws Exception {
    TestDocuments.ensureImported(TestDocuments.valid("race-funnel"));
    String path = "/api/funnels/race-funnel";
    String etag = TestAuth.etag(path);
    long before = ((Number) asEditor().get(path).path("version")).longValue();
    String auth =
        "Basic "
            + Base64.getEncoder()
                .encodeToString(
                    (TestAuth.EDITOR + ":" + TestAuth.EDITOR_PASSWORD)
                        .getBytes(StandardCharsets.UTF_8));
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    URI uri = URI.create(base.toString().replaceAll("/$", "") + path);
    int n = 50;
    ExecutorService pool = Executors.newFixedThreadPool(n);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<HttpResponse<String>>> answers = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String body =
          "{\"id\":\"race-funnel\",\"title\":\"Title from writer "
              + i
              + "\",\"organisation\":\"Northshire Police\",\"jurisdiction\":\"Northshire\","
              + "\"unit\":\"case\"}";
      HttpRequest request =
          HttpRequest.newBuilder(uri)
              .timeout(Duration.ofSeconds(60))
              .header("Authorization", auth)
              .header("Content-Type", "application/json")
              .header("If-Match", etag)
              .PUT(HttpRequest.BodyPublishers.ofString(body))
              .build();
      answers.add(
          pool.submit(
              () -> {
                start.await();
                return client.send(request, HttpResponse.BodyHandlers.ofString());
              }));
    }
    start.countDown();
    int ok = 0;
    int stale = 0;
    for (Future<HttpResponse<String>> f : answers) {
      HttpResponse<String> r = f.get();
      if (r.statusCode() == 200) {
        ok++;
      } else {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(412);
        assertThat(r.headers().firstValue("Content-Type")).hasValue(PROBLEM);
        assertThat(r.body()).contains("urn:case-funnel:problem:precondition-failed");
        stale++;
      }
    }
    pool.shutdown();
    assertThat(ok).isEqualTo(1);
    assertThat(stale).isEqualTo(49);
    asEditor().get(path).then().body("version", equalTo((int) before + 1));
  }

  @Test
  void updateWithoutIfMatchIsPreconditionRequired() {
    TestDocuments.ensureImported(TestDocuments.valid("if-match-a"));
    asEditor()
        .contentType(ContentType.JSON)
        .body(map("key", "identified", "label", "Renamed"))
        .put("/api/funnels/if-match-a/stages/identified")
        .then()
        .statusCode(428)
        .contentType(PROBLEM)
        .body("type", equalTo("urn:case-funnel:problem:precondition-required"));
    asEditor()
        .delete("/api/funnels/if-match-a")
        .then()
        .statusCode(428)
        .contentType(PROBLEM)
        .body("type", equalTo("urn:case-funnel:problem:precondition-required"));
  }

  @Test
  void aConditionalWriteOfWhatDoesNotExistIsPreconditionFailedEvenWithAStar() {
    for (String ifMatch : List.of("*", "\"stage-x-v1.a\"")) {
      asEditor()
          .contentType(ContentType.JSON)
          .header("If-Match", ifMatch)
          .body(map("key", "no-such-stage", "label", "x"))
          .put("/api/funnels/met-group-cse-review/stages/no-such-stage")
          .then()
          .statusCode(412)
          .contentType(PROBLEM)
          .body("type", equalTo("urn:case-funnel:problem:precondition-failed"));
      asEditor()
          .header("If-Match", ifMatch)
          .delete("/api/figures/999999999")
          .then()
          .statusCode(412)
          .contentType(PROBLEM);
    }
    asEditor().delete("/api/figures/999999999").then().statusCode(404);
  }

  @Test
  void updateWithStaleETagIsPreconditionFailedAndChangesNothing() {
    TestDocuments.ensureImported(TestDocuments.valid("if-match-b"));
    String stage = "/api/funnels/if-match-b/stages/identified";
    String first = TestAuth.etag(stage);
    String second =
        asEditor()
            .contentType(ContentType.JSON)
            .header("If-Match", first)
            .body(map("key", "identified", "label", "First edit"))
            .put(stage)
            .then()
            .statusCode(200)
            .body("label", equalTo("First edit"))
            .extract()
            .header("ETag");
    assertThat(second).isNotEqualTo(first).startsWith("\"stage-");
    asEditor()
        .contentType(ContentType.JSON)
        .header("If-Match", first)
        .body(map("key", "identified", "label", "Lost edit"))
        .put(stage)
        .then()
        .statusCode(412)
        .contentType(PROBLEM)
        .body("type", equalTo("urn:case-funnel:problem:precondition-failed"));
    asEditor()
        .get(stage)
        .then()
        .body("label", equalTo("First edit"))
        .header("ETag", org.hamcrest.Matchers.not(equalTo(first)));
  }

  @Test
  void recordingAFigureChangesTheStageAndFunnelETags() {
    TestDocuments.ensureImported(TestDocuments.valid("if-match-c"));
    String stage = "/api/funnels/if-match-c/stages/identified";
    String stageTag = TestAuth.etag(stage);
    String funnelTag = TestAuth.etag("/api/funnels/if-match-c");
    Map<String, Object> figure =
        map(
            "stage",
            "identified",
            "count",
            501,
            "status",
            "provisional",
            "wording",
            "501 cases",
            "statementIds",
            List.of("st1"));
    asEditor()
        .contentType(ContentType.JSON)
        .body(figure)
        .post(stage + "/figures")
        .then()
        .statusCode(201);
    assertThat(TestAuth.etag(stage)).isNotEqualTo(stageTag);
    assertThat(TestAuth.etag("/api/funnels/if-match-c")).isNotEqualTo(funnelTag);
  }
}
